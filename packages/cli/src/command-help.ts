// `tessera COMMAND --help` (and `tessera help COMMAND`): one command's usage, what it does and its own options.
import type { Locale } from '@tessera/protocol';

export const HELP_TOPICS = ['connect', 'status', 'check-in', 'disconnect', 'run', 'help', 'version'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];
export const isHelpTopic = (value: string): value is HelpTopic => (HELP_TOPICS as readonly string[]).includes(value);

interface Entry {
  usage: string;
  what: string;
  options?: string;
}

const EN: Record<HelpTopic, Entry> = {
  connect: {
    usage:
      'tessera connect [--email E] [--password-stdin] [--yes] [--accept-statement N] [--subscription ID] [--device-code] [--json]',
    what: 'Connects this app on this device to your account. At a terminal it asks for each step the server sends;\nwith --json or --password-stdin, or without a terminal, it is scripted and a step only a person can take exits 3.',
    options: `  --email E               the account's email
  --password-stdin        read the password from the first line of stdin (never from the command line)
  -y, --yes               connect to the account another app left on this device
  --accept-statement N    accept version N of the regional data statement (the version you read)
  --subscription ID       use this subscription when several fit
  --device-code           approve in a browser instead: shows a URL, a code and a QR code, and waits
                          (with --json: one line {"event":"device_code",…} first, then the result)`,
  },
  status: {
    usage: 'tessera status [--json]',
    what: "Shows this app's license, verified offline against the server's published keys. Exit 4 when it is not valid.",
  },
  'check-in': {
    usage: 'tessera check-in [--json]',
    what: 'Refreshes the license token with the server and rotates the device credential; a device disconnected\nin the account learns it here (exit 4).',
  },
  disconnect: {
    usage: 'tessera disconnect [--json]',
    what: "Ends this app's connection, on the server and on this device. The vendor's other apps stay connected.",
  },
  run: {
    usage: 'tessera run [--] CMD [ARGS…]',
    what: "Runs CMD only while this app is connected with a valid license, with TESSERA_PLAN and TESSERA_FEATURES set;\na token past expiry gets one check-in first. Exits with CMD's own code (127 when CMD cannot start).",
  },
  help: { usage: 'tessera help [COMMAND]', what: "Shows the commands, or one command's help." },
  version: { usage: 'tessera --version [--json]', what: 'Prints the version of tessera and of Node.' },
};

const VI: Record<HelpTopic, Entry> = {
  connect: {
    usage: EN.connect.usage,
    what: 'Kết nối ứng dụng này trên thiết bị này với tài khoản của bạn. Trong cửa sổ dòng lệnh, lệnh hỏi từng bước máy chủ gửi;\nvới --json hoặc --password-stdin, hoặc khi không có cửa sổ dòng lệnh, lệnh chạy theo script và bước chỉ người làm được thoát với mã 3.',
    options: `  --email E               email của tài khoản
  --password-stdin        đọc mật khẩu từ dòng đầu của stdin (không bao giờ từ dòng lệnh)
  -y, --yes               kết nối với tài khoản mà ứng dụng khác để lại trên thiết bị
  --accept-statement N    chấp nhận phiên bản N của tuyên bố dữ liệu (phiên bản bạn đã đọc)
  --subscription ID       dùng gói thuê bao này khi có nhiều gói phù hợp
  --device-code           chấp thuận trong trình duyệt: hiển thị URL, mã và mã QR, rồi chờ
                          (với --json: trước tiên một dòng {"event":"device_code",…}, sau đó là kết quả)`,
  },
  status: {
    usage: EN.status.usage,
    what: 'Hiển thị giấy phép của ứng dụng, kiểm tra ngoại tuyến bằng khóa công bố của máy chủ. Mã thoát 4 khi không hợp lệ.',
  },
  'check-in': {
    usage: EN['check-in'].usage,
    what: 'Làm mới giấy phép với máy chủ và đổi thông tin xác thực thiết bị; thiết bị đã bị ngắt kết nối trong\ntài khoản sẽ biết tại đây (mã thoát 4).',
  },
  disconnect: {
    usage: EN.disconnect.usage,
    what: 'Ngắt kết nối ứng dụng này, trên máy chủ và trên thiết bị. Các ứng dụng khác của nhà cung cấp vẫn được kết nối.',
  },
  run: {
    usage: 'tessera run [--] LỆNH [THAM_SỐ…]',
    what: 'Chỉ chạy LỆNH khi ứng dụng đã kết nối với giấy phép hợp lệ, với TESSERA_PLAN và TESSERA_FEATURES;\ngiấy phép quá hạn được làm mới một lần trước. Thoát với mã của LỆNH (127 khi không khởi chạy được).',
  },
  help: { usage: 'tessera help [LỆNH]', what: 'Hiển thị các lệnh, hoặc trợ giúp của một lệnh.' },
  version: { usage: EN.version.usage, what: 'In phiên bản của tessera và của Node.' },
};

const HEADINGS = {
  en: {
    usage: 'Usage',
    options: 'Options',
    common: 'Every command also takes --app ID, --server URL, --lang en|vi, --json and --help; see `tessera --help`.',
  },
  vi: {
    usage: 'Cách dùng',
    options: 'Tùy chọn',
    common: 'Mọi lệnh cũng nhận --app ID, --server URL, --lang en|vi, --json và --help; xem `tessera --help`.',
  },
};

export function commandHelp(topic: HelpTopic, locale: Locale): string {
  const entry = (locale === 'vi' ? VI : EN)[topic];
  const h = HEADINGS[locale === 'vi' ? 'vi' : 'en'];
  const parts = [`${h.usage}: ${entry.usage}`, '', entry.what];
  if (entry.options) parts.push('', `${h.options}:`, entry.options);
  parts.push('', h.common, '');
  return parts.join('\n');
}
