// typeof and property attributes of the web platform globals, as node has them.
const names = ["atob", "btoa", "TextEncoder", "TextDecoder", "structuredClone", "setImmediate",
  "clearImmediate", "queueMicrotask", "URL", "URLSearchParams", "DOMException", "Intl"];
for (const name of names) {
  globalThis[name];  // node defines some lazily, as accessors replaced on first use
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d ? [d.writable, d.enumerable, d.configurable].join() : "absent");
}
for (const [ctor, n] of [[TextEncoder, 0], [TextDecoder, 0], [DOMException, 0]]) {
  console.log(ctor.name, ctor.length === n, typeof ctor.prototype, Object.prototype.toString.call(ctor.prototype));
  try { ctor(); } catch (e) { console.log("call without new:", e.constructor.name); }
}
console.log(atob.length, btoa.length, atob.name, btoa.name);
