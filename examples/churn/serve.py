"""The example's prediction server (Python stdlib only).

  GET  /healthz  -> {"status": "ok", "model": "<id>"}
  POST /predict  {"rows": [{column: value, ...}, ...]} -> {"model": "<id>", "predictions": [{"score": p, "prediction": 0|1}]}
Reads the model from $MLSHIP_MODEL_PATH (a folder holding model.json), listens on 127.0.0.1:$PORT.
"""
import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import model_lib

MODEL_DIR = os.environ["MLSHIP_MODEL_PATH"]
MODEL_ID = os.environ.get("MLSHIP_MODEL_ID", "unregistered")
MODEL = model_lib.load(os.path.join(MODEL_DIR, "model.json"))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _send(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/healthz":
            self._send(200, {"status": "ok", "model": MODEL_ID})
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self):
        if self.path != "/predict":
            return self._send(404, {"error": "not found"})
        try:
            length = int(self.headers.get("Content-Length", "0"))
            rows = json.loads(self.rfile.read(length))["rows"]
            preds = []
            for row in rows:
                p = model_lib.score(MODEL, row)
                preds.append({"score": p, "prediction": int(p >= 0.5)})
        except (KeyError, ValueError, TypeError) as e:
            return self._send(400, {"error": f"bad request: {e}"})
        self._send(200, {"model": MODEL_ID, "predictions": preds})

    def log_message(self, fmt, *args):
        pass


def main():
    port = int(os.environ.get("PORT", "8080"))
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"serving {MODEL_ID} on http://127.0.0.1:{port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
