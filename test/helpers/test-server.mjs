// A model-server stand-in for load tests: POST /predict answers after DELAY_MS; at STALL_AT_MS
// after start the whole process stalls (busy loop) for STALL_MS; above CAPACITY requests in the
// last second it answers 503. Prints its port on stdout.
import http from "node:http";

const delay = Number(process.env.DELAY_MS ?? 0);
const stallAt = Number(process.env.STALL_AT_MS ?? -1);
const stallMs = Number(process.env.STALL_MS ?? 0);
const capacity = Number(process.env.CAPACITY ?? Infinity);
const window = [];
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const now = Date.now();
    window.push(now);
    while (window.length && window[0] < now - 1000) window.shift();
    const status = window.length > capacity ? 503 : 200;
    setTimeout(() => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end('{"predictions":[{"score":0.5,"prediction":1}]}');
    }, delay);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  console.log(server.address().port);
  if (stallAt >= 0) {
    setTimeout(() => {
      const end = Date.now() + stallMs;
      while (Date.now() < end) {
        /* stall: nothing is read or answered */
      }
    }, stallAt);
  }
});
