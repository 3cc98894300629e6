/** A one-event iCalendar (RFC 5545) for a session invitation. */
export function sessionIcs(input: {
  uid: string;
  startsAt: string;
  minutes: number;
  summary: string;
  location: string;
  /** When the invitation is made: RFC 5545 wants this as DTSTAMP, not the meeting's start. */
  stampedAt: Date;
}): string {
  const stamp = (d: Date) =>
    d
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  const start = new Date(input.startsAt);
  const end = new Date(start.getTime() + input.minutes * 60_000);
  const escape = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kyodo//Joint evaluation//JA',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${input.uid}@kyodo`,
    `DTSTAMP:${stamp(input.stampedAt)}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escape(input.summary)}`,
    `LOCATION:${escape(input.location)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
