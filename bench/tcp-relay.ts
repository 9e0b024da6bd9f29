/**
 * bench/capture.ts's control: a bare TCP relay on $PORT to the port in argv, bytes piped both
 * ways, no HTTP parsing and no recording. It costs what any extra process between client and
 * server costs (two more socket hops and wake-ups of one more process), so the capture proxy's
 * latency over it is what the proxy's own work adds.
 */
import net from "node:net";

const upstreamPort = Number(process.argv[2]);
net
  .createServer({ noDelay: true }, (client) => {
    const server = net.connect({ host: "127.0.0.1", port: upstreamPort, noDelay: true });
    client.pipe(server).on("error", () => client.destroy());
    server.pipe(client).on("error", () => server.destroy());
    client.on("error", () => server.destroy());
    server.on("error", () => client.destroy());
    client.on("close", () => server.destroy());
    server.on("close", () => client.destroy());
  })
  .listen(Number(process.env.PORT), "127.0.0.1");
process.once("SIGTERM", () => process.exit(0));
