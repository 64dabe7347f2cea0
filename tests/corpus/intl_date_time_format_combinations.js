// Intl.DateTimeFormat over the usual combinations of date fields, time fields, widths, hour
// cycles, time zones and zone names, at instants around midnight, noon and a leap day.
const dates = [
  [], [["year", "numeric"], ["month", "numeric"], ["day", "numeric"]], [["year", "2-digit"], ["month", "2-digit"], ["day", "2-digit"]],
  [["weekday", "long"], ["month", "long"], ["day", "numeric"]], [["weekday", "short"], ["year", "numeric"], ["month", "short"], ["day", "numeric"]],
  [["year", "numeric"], ["month", "long"]], [["month", "short"], ["day", "numeric"]], [["month", "narrow"]], [["weekday", "narrow"]],
  [["era", "short"], ["year", "numeric"], ["month", "long"], ["day", "numeric"]], [["year", "numeric"]], [["month", "long"], ["day", "2-digit"]],
];
const times = [
  [], [["hour", "numeric"]], [["hour", "2-digit"], ["minute", "2-digit"]], [["hour", "numeric"], ["minute", "numeric"], ["second", "numeric"]],
  [["minute", "2-digit"], ["second", "2-digit"]], [["hour", "numeric"], ["minute", "2-digit"], ["second", "2-digit"], ["fractionalSecondDigits", 3]],
];
// (hour12: false is left out: node 20 resolves it to h24 for en-US, "24:00"; ECMA-402 now says h23)
const cycles = [{}, {hour12: true}, {hourCycle: "h11"}, {hourCycle: "h23"}];
const zones = [{timeZone: "UTC"}, {timeZone: "Etc/GMT-10", timeZoneName: "short"}, {timeZone: "Etc/GMT+3", timeZoneName: "longOffset"}];
const instants = [Date.UTC(2024, 1, 29, 0, 0, 0, 1), Date.UTC(2023, 11, 31, 12, 59, 59, 999), Date.UTC(1999, 6, 4, 23, 5, 7, 80)];
let n = 0;
for (const d of dates) for (const t of times) for (const c of cycles) {
  const z = zones[n++ % zones.length];
  if (!t.length && (c.hour12 !== undefined || c.hourCycle)) continue;
  // CLDR 48 (node's ICU) writes a 24-hour hour alone with a zone as "HH'h' v", CLDR 49 (babel) as "HH v"
  if (t.length === 1 && c.hourCycle === "h23" && z.timeZoneName) continue;
  const options = Object.assign(Object.fromEntries(d.concat(t)), c, z);
  let line;
  try {
    const f = new Intl.DateTimeFormat("en-US", options);
    const r = f.resolvedOptions();
    line = instants.map((x) => f.format(x)).join(" | ") + " :: " + [r.hourCycle, r.hour12, r.hour, r.minute, r.second].join();
  } catch (e) {
    line = e.name;
  }
  console.log(JSON.stringify(options), "=>", line);
}
for (const dateStyle of [undefined, "full", "long", "medium", "short"]) for (const timeStyle of [undefined, "full", "long", "medium", "short"]) {
  for (const hourCycle of [undefined, "h23"]) {
    const f = new Intl.DateTimeFormat("en-US", {dateStyle, timeStyle, hourCycle, timeZone: "Etc/GMT-5"});
    console.log(dateStyle, timeStyle, hourCycle, "=>", instants.map((x) => f.format(x)).join(" | "));
  }
}
