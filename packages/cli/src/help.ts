// `tessera --help`: the commands, their options and the exit codes, in English or Vietnamese.
import type { Locale } from '@tessera/protocol';
import { DEFAULT_APP_ID, DEFAULT_SERVER } from './app-context.js';

const EN = `tessera: the reference app of Tessera. It works only while this device is connected to an account.

Usage:
  tessera connect [--email E] [--password-stdin] [--yes] [--accept-statement N] [--subscription ID] [--json]
  tessera status [--json]          the license, checked offline
  tessera check-in [--json]        refreshes the license with the server
  tessera disconnect [--json]      ends this app's connection (the vendor's other apps stay connected)
  tessera run [--] CMD [ARGS…]     runs CMD only while connected with a valid license

Options for every command:
  --app ID        the app to act as (default ${DEFAULT_APP_ID}); one device can hold several apps
  --server URL    the Tessera server (default: the one this device connected to, else $TESSERA_SERVER,
                  else ${DEFAULT_SERVER})
  --lang en|vi    language (default: from LC_ALL, LC_MESSAGES or LANG)
  --json          one JSON document on stdout, for scripts: { "ok": true, "command", … }, or on failure
                  { "ok": false, "command", "exitCode", "code", "message", … }
  -h, --help      this text; after a command, that command's help (also: tessera help COMMAND)
  -V, --version   the version

connect asks a person at a terminal for each step. With --json or --password-stdin, or without a
terminal, it is scripted: --email and --password-stdin (the first line of stdin) sign in, --yes connects
to the account another app left on this device, --accept-statement N accepts version N of the data
statement, --subscription ID picks a subscription. A step only a person can take (image code, SMS code,
sign-up) ends the run with exit code 3 and describes the step.

The device store is the folder $TESSERA_HOME (default: $XDG_CONFIG_HOME/tessera, else ~/.config/tessera),
shared by the vendor's apps: files 0600 in a 0700 folder.

Exit codes:
  0    done (run: CMD's own exit code)
  1    unexpected error
  2    bad command line
  3    a person is needed: a non-interactive connect reached a step flags cannot answer
  4    not connected, or the license is not valid (status, check-in, run)
  5    the server cannot be reached
  6    the connect attempt expired on the server; start again
  7    refused: wrong email, password or code, statement declined, too many attempts
  8    the device store is damaged or readable by others (nothing was changed)
  127  run: CMD cannot be started
  130  cancelled at a prompt
`;

const VI = `tessera: ứng dụng mẫu của Tessera. Ứng dụng chỉ hoạt động khi thiết bị này được kết nối với một tài khoản.

Cách dùng:
  tessera connect [--email E] [--password-stdin] [--yes] [--accept-statement N] [--subscription ID] [--json]
  tessera status [--json]          giấy phép, kiểm tra ngoại tuyến
  tessera check-in [--json]        làm mới giấy phép với máy chủ
  tessera disconnect [--json]      ngắt kết nối ứng dụng này (các ứng dụng khác vẫn được kết nối)
  tessera run [--] LỆNH [THAM_SỐ…] chỉ chạy LỆNH khi đã kết nối với giấy phép hợp lệ

Tùy chọn cho mọi lệnh:
  --app ID        ứng dụng cần đóng vai (mặc định ${DEFAULT_APP_ID}); một thiết bị có thể có nhiều ứng dụng
  --server URL    máy chủ Tessera (mặc định: máy chủ thiết bị đã kết nối, nếu không thì $TESSERA_SERVER,
                  nếu không thì ${DEFAULT_SERVER})
  --lang en|vi    ngôn ngữ (mặc định: theo LC_ALL, LC_MESSAGES hoặc LANG)
  --json          một tài liệu JSON trên stdout, cho script: { "ok": true, "command", … }, hoặc khi lỗi
                  { "ok": false, "command", "exitCode", "code", "message", … }
  -h, --help      nội dung này; sau một lệnh là trợ giúp của lệnh đó (hoặc: tessera help LỆNH)
  -V, --version   phiên bản

connect hỏi người dùng từng bước trong cửa sổ dòng lệnh. Với --json hoặc --password-stdin, hoặc khi không
có cửa sổ dòng lệnh, lệnh chạy theo script: --email và --password-stdin (dòng đầu của stdin) để đăng nhập,
--yes để kết nối với tài khoản mà ứng dụng khác để lại trên thiết bị, --accept-statement N để chấp nhận
phiên bản N của tuyên bố dữ liệu, --subscription ID để chọn gói thuê bao. Bước chỉ người mới làm được
(mã trong hình, mã SMS, tạo tài khoản) kết thúc với mã thoát 3 và mô tả bước đó.

Kho thiết bị là thư mục $TESSERA_HOME (mặc định: $XDG_CONFIG_HOME/tessera, nếu không thì ~/.config/tessera),
dùng chung cho các ứng dụng của nhà cung cấp: tệp 0600 trong thư mục 0700.

Mã thoát:
  0    xong (run: mã thoát của LỆNH)
  1    lỗi không lường trước
  2    dòng lệnh sai
  3    cần một người: connect không tương tác gặp bước mà tùy chọn không trả lời được
  4    chưa kết nối, hoặc giấy phép không hợp lệ (status, check-in, run)
  5    không kết nối được máy chủ
  6    lượt kết nối đã hết hạn trên máy chủ; hãy bắt đầu lại
  7    bị từ chối: sai email, mật khẩu hoặc mã, từ chối tuyên bố, quá nhiều lần thử
  8    kho thiết bị bị hỏng hoặc người khác đọc được (không có gì bị thay đổi)
  127  run: không khởi chạy được LỆNH
  130  đã hủy tại lời nhắc
`;

export const helpText = (locale: Locale): string => (locale === 'vi' ? VI : EN);
