/**
 * The model server contract (README: "The model server contract") as a Python script around a
 * model's `predict(rows)`, for the end-to-end tests: `M` is the model folder's model.json,
 * `predict` returns one answer object per row; a KeyError, TypeError or ValueError is a 400.
 * numpy and the standard library only (what the tests' Python has).
 */
export function pythonModelServer(predict: string): string {
  return `
import json, math, os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import numpy as np
M = json.load(open(os.path.join(os.environ["MLSHIP_MODEL_PATH"], "model.json")))
${predict.trim()}
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def send(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code); self.send_header("Content-Type", "application/json"); self.send_header("Content-Length", str(len(data))); self.end_headers(); self.wfile.write(data)
    def do_GET(self): self.send(200, {"status": "ok"})
    def do_POST(self):
        try:
            answers = predict(json.loads(self.rfile.read(int(self.headers["Content-Length"])))["rows"])
        except (KeyError, TypeError, ValueError) as e:
            return self.send(400, {"error": str(e)})
        self.send(200, {"predictions": answers})
    def log_message(self, *a): pass
class S(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
S(("127.0.0.1", int(os.environ["PORT"])), H).serve_forever()
`;
}
