// The words Attune says when something on this machine is not as it should be: plain, kind, and
// with what the person can do. Pure; the adapters decide when (each once).

/** "Etc/GMT-2" → "UTC+2": the fixed zones' names have the sign the other way round. */
function describeZone(zone: string): string {
  const m = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
  if (!m) return zone;
  return `UTC${m[1] === '+' ? '−' : '+'}${m[2]}`;
}

/** The computer's time zone is one Intl rejects: Attune uses `zone` instead. */
export function timeZoneNotice(unusable: string, zone: string): string {
  return (
    `Attune couldn’t read your computer’s time zone (it says “${unusable}”), so for now it keeps ` +
    `time in ${describeZone(zone)}. Your active hours follow that clock until the time zone is set ` +
    'in your system settings.'
  );
}

/** Several notices for the one notice area, in order; null when there are none. */
export function joinNotices(...notices: (string | null | undefined)[]): string | null {
  const some = notices.filter((n): n is string => typeof n === 'string' && n.length > 0);
  return some.length > 0 ? some.join(' ') : null;
}
