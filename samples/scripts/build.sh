#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Build both Cruddur images. Run from anywhere: paths are relative to samples/.
set -euo pipefail
cd "$(dirname "$0")/.."

# -t names the image (name:tag); the last argument is the build context,
# the folder whose files COPY can see.
docker build -t backend-flask:1.0.0 ./backend-flask
docker build -t frontend-react-js:1.0.0 ./frontend-react-js

# List the images we now have.
docker images
