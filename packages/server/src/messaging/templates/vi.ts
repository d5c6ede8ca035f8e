// Vietnamese wording of every message; SMS texts with diacritics are sent as UCS-2, so they are kept short.

import type { Catalog } from './catalog.js';
import { facts, links } from './layout.js';

export const vi: Catalog = {
  tag: 'vi',
  secondFactorSms: (v) =>
    `${v.code} là mã xác thực ${v.product} của bạn. Mã hết hạn sau ${v.minutes} phút. Không chia sẻ mã này.`,
  phoneVerificationSms: (v) =>
    `${v.code} là mã ${v.product} để xác nhận số điện thoại này. Mã hết hạn sau ${v.minutes} phút. Không chia sẻ mã này.`,
  emailVerification: (v) => ({
    subject: `Xác nhận địa chỉ email của bạn cho ${v.product}`,
    blocks: [
      { kind: 'p', text: `Dùng mã này để xác nhận địa chỉ email và hoàn tất việc tạo tài khoản ${v.product}:` },
      { kind: 'code', code: v.code },
      { kind: 'p', text: `Mã hết hạn sau ${v.minutes} phút. Không chia sẻ mã này với bất kỳ ai.` },
      {
        kind: 'p',
        text: `Nếu bạn không tạo tài khoản ${v.product}, hãy bỏ qua email này. Tài khoản sẽ không được tạo nếu không có mã này.`,
      },
    ],
  }),
  recovery: (v) => ({
    subject: `Mã khôi phục tài khoản ${v.product} của bạn`,
    blocks: [
      {
        kind: 'p',
        text: `Có người đã yêu cầu đặt lại mật khẩu của tài khoản ${v.product} gắn với địa chỉ email này. Dùng mã này để tiếp tục:`,
      },
      { kind: 'code', code: v.code },
      {
        kind: 'p',
        text: `Mã hết hạn sau ${v.minutes} phút. Không chia sẻ mã này với bất kỳ ai: nhân viên ${v.product} không bao giờ hỏi mã này.`,
      },
      { kind: 'p', text: `Nếu bạn không yêu cầu, hãy bỏ qua email này. Mật khẩu của bạn chưa bị thay đổi.` },
    ],
  }),
  signupExisting: (v) => ({
    subject: `Có người đã đăng ký ${v.product} bằng địa chỉ email của bạn`,
    blocks: [
      {
        kind: 'p',
        text: `Có người đã cố tạo tài khoản ${v.product} bằng địa chỉ email này, nhưng địa chỉ này đã có tài khoản.`,
      },
      { kind: 'p', text: `Nếu đó là bạn, hãy đăng nhập. Nếu bạn quên mật khẩu, bạn có thể đặt lại mật khẩu.` },
      ...links([
        ['Đăng nhập', v.signInUrl],
        ['Đặt lại mật khẩu', v.resetUrl],
      ]),
      {
        kind: 'p',
        text: `Nếu đó không phải là bạn, hãy bỏ qua email này. Không ai có thể dùng tài khoản của bạn nếu không có mật khẩu.`,
      },
    ],
  }),
  operatorRecovery: (v) => ({
    subject: `Đặt lại mật khẩu tài khoản ${v.product} của bạn`,
    blocks: [
      {
        kind: 'p',
        text: `Bộ phận hỗ trợ ${v.product} đã bắt đầu khôi phục tài khoản cho địa chỉ email này theo yêu cầu của bạn. Hãy đặt lại mật khẩu trên trang tài khoản ${v.product}: bạn sẽ nhận được mã tại địa chỉ này, và yếu tố xác thực thứ hai vẫn được hỏi như thường lệ.`,
      },
      ...links([['Đặt lại mật khẩu', v.resetUrl]]),
      {
        kind: 'p',
        text: `Nếu bạn không liên hệ bộ phận hỗ trợ, hãy bỏ qua email này: không có gì thay đổi nếu không có mã. Nhân viên ${v.product} không bao giờ hỏi mã hay mật khẩu của bạn.`,
      },
    ],
  }),
  accessNotice: (v) => ({
    subject:
      v.event === 'new_device'
        ? `Một thiết bị mới đã được kết nối với tài khoản ${v.product} của bạn`
        : `Đăng nhập mới vào tài khoản ${v.product} của bạn`,
    blocks: [
      {
        kind: 'p',
        text:
          v.event === 'new_device'
            ? `Một thiết bị mới vừa được kết nối với tài khoản ${v.product} của bạn:`
            : `Tài khoản ${v.product} của bạn vừa được đăng nhập:`,
      },
      facts([
        ['Thời gian', v.when],
        ['Thiết bị', v.device],
        ['Ứng dụng', v.app],
        ['Địa chỉ IP', v.ip],
        ['Vị trí', v.location],
      ]),
      { kind: 'p', text: `Nếu đó là bạn, bạn không cần làm gì thêm.` },
      {
        kind: 'p',
        text: `Nếu đó không phải là bạn, hãy đổi mật khẩu ngay và ngắt kết nối thiết bị khỏi tài khoản của bạn.`,
      },
      ...links([['Quản lý thiết bị', v.manageUrl]]),
    ],
  }),
  familyInvitation: (v) => ({
    subject: `${v.inviter} mời bạn dùng chung gói đăng ký ${v.product}`,
    blocks: [
      {
        kind: 'p',
        text: `${v.inviter} mời bạn dùng chung gói ${v.plan} của ${v.product}. Hãy đăng nhập ${v.product} (hoặc tạo tài khoản), rồi chấp nhận lời mời.`,
      },
      ...links([['Chấp nhận lời mời', v.acceptUrl]]),
      { kind: 'p', text: `Nếu ứng dụng hỏi mã lời mời, hãy dùng mã này:` },
      { kind: 'code', code: v.token },
      {
        kind: 'p',
        text: `Lời mời chỉ dùng được một lần và hết hạn sau ${v.days} ngày. Nếu bạn không biết ${v.inviter}, hãy bỏ qua email này.`,
      },
    ],
  }),
};
