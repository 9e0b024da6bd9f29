// Generated from config/schema.ts by `npm run generate`; do not edit.
import type { MlshipConfig } from "./schema.js";

/** configSchema.parse({}): the configuration of a project without mlship.yml. */
export const DEFAULT_CONFIG: MlshipConfig = {
  "data": {},
  "evaluate": {
    "label": "label",
    "prediction": "prediction",
    "positive-label": 1,
    "sensitive-features": [],
    "min-group-size": 30,
    "min-group-outcomes": 10,
    "gates": []
  },
  "deploy": {
    "smoke-test": {
      "rows": 50,
      "tolerance": 0.0001,
      "response-path": "predictions",
      "score-key": "score",
      "prediction-key": "prediction"
    },
    "deploy-dir": "deploy",
    "environments": {
      "local": {
        "target": "local",
        "port": 8080,
        "replicas": 1,
        "health-timeout": "30s"
      }
    }
  },
  "package": {
    "platform": "linux/amd64",
    "port": 8080
  },
  "drift": {
    "stattest": "auto",
    "per-column": {},
    "drift-share": 0.5,
    "retrain": false
  },
  "performance": {
    "id-column": "id",
    "timestamp-column": "timestamp",
    "retrain": false
  }
};
