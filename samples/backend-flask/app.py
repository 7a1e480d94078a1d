# SPDX-License-Identifier: MIT
"""Tiny Cruddur API: enough to try the Dockerfile and compose file."""
import os

from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)

# Only the frontend and the backend's own URL may call this API from a browser.
frontend = os.getenv("FRONTEND_URL", "http://localhost:3000")
backend = os.getenv("BACKEND_URL", "http://localhost:4567")
CORS(app, resources={r"/api/*": {"origins": [frontend, backend]}})


@app.route("/api/activities/home")
def home_activities():
    return jsonify([
        {"uuid": "1", "handle": "learner", "message": "Week 1: my app runs in a container!"},
    ])


@app.route("/api/health")
def health():
    return jsonify({"ok": True})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=4567)
