#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Run the Cruddur images, first one by one with `docker run`, or all together
# with compose. Usage: scripts/run.sh backend | frontend | shell | up | down
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-up}" in
  backend)
    # --rm  removes the container when it stops (otherwise it stays, "Exited", in `docker ps -a`)
    # -p    publishes host port 4567 on container port 4567 (host:container)
    # -it   keeps stdin open and gives it a terminal, so Ctrl-C reaches Flask
    # -e    sets an environment variable inside the container (here for CORS)
    # The image name comes last; anything after it would replace the image's CMD.
    docker run --rm -p 4567:4567 -it \
      -e FRONTEND_URL="http://localhost:3000" \
      -e BACKEND_URL="http://localhost:4567" \
      --name backend-flask \
      backend-flask:1.0.0
    ;;
  frontend)
    docker run --rm -p 3000:3000 -it --name frontend-react-js frontend-react-js:1.0.0
    ;;
  shell)
    # Open a shell inside the running backend container (see `docker ps` for names).
    docker exec -it backend-flask bash
    ;;
  up)
    # Build if needed, create the network and volume, start everything in the background (-d).
    docker compose up -d
    docker ps
    ;;
  down)
    # Stop and remove the containers and network; the named volume db-data stays.
    docker compose down
    ;;
  *)
    echo "usage: $0 backend | frontend | shell | up | down" >&2
    exit 2
    ;;
esac
