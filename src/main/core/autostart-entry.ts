// The XDG autostart entry that starts Attune at login on Linux desktops (freedesktop Desktop
// Entry spec, "Autostart of applications"; Version=1.0 keeps older validators happy). Pure.

/** Characters that force an Exec argument into double quotes (spec: "The Exec key"). */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** Quotes one Exec argument, then escapes it as a desktop-file string value. */
export function execArg(arg: string): string {
  // Field codes start with %, so a literal % is written %%.
  let out = arg.replace(/%/g, '%%');
  if (out === '' || RESERVED.test(out)) out = `"${out.replace(/(["`$\\])/g, '\\$1')}"`;
  // The Exec value is itself a string value, where a backslash is written \\.
  return out.replace(/\\/g, '\\\\');
}

/** Desktop-file string values are one line; escape what would break the line. */
function value(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

export interface AutostartEntryOptions {
  /** The program: the AppImage, or the installed executable. */
  program: string;
  args?: readonly string[];
  /** An absolute icon path or an icon-theme name. */
  icon?: string;
}

export function autostartEntry({ program, args = [], icon }: AutostartEntryOptions): string {
  const lines = [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Attune',
    `Comment=${value('Gentle pauses, on your terms')}`,
    `Exec=${[program, ...args].map(execArg).join(' ')}`,
    ...(icon ? [`Icon=${value(icon)}`] : []),
    'Terminal=false',
    'StartupNotify=false',
    'Categories=Utility;',
    // Written only while the person wants it: on means visible and enabled; off deletes the file.
    'Hidden=false',
    'X-GNOME-Autostart-enabled=true',
  ];
  return `${lines.join('\n')}\n`;
}
