// SPDX-License-Identifier: MIT
// The sample project "New sample project" writes: a small Flask API and a Postgres database started together
// by Compose, with a named volume and a bridge network, so every walkthrough step has something real to act
// on. Plain data; the adapter only writes the files. The extension does not ship the repository's samples/.

/** One file of the sample, its path relative to the sample's folder. */
export interface SampleFile { path: string; text: string }

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

/** The folder name the sample gets inside the folder the learner picks. */
export const sampleFolderName = 'docker-coach-sample';

/** The files of the sample project, in the order they are written. */
export function sampleProject(): SampleFile[] {
  return [
    { path: 'README.md', text: lines(
      '# Docker Coach sample',
      '',
      'A small Flask API (`backend-flask/`) and a Postgres database, started together by `docker compose up -d`.',
      '',
      '- Open `backend-flask/Dockerfile` and rest the mouse on each line.',
      '- Click **Build**, then **Run**, above its `FROM` line; open http://localhost:4567/api/hello.',
      '- Open `docker-compose.yml`: **Up** starts both services, **Down** stops them (the database keeps its data in the `db-data` volume).',
      '- Write what you learn in `notes/my-notes.md`: Docker Coach quotes it in its hovers.',
    ) },
    { path: 'backend-flask/app.py', text: lines(
      'from flask import Flask, jsonify',
      '',
      'app = Flask(__name__)',
      '',
      '',
      '@app.route("/api/hello")',
      'def hello():',
      '    return jsonify({"message": "Hello from a container"})',
    ) },
    { path: 'backend-flask/requirements.txt', text: lines('flask') },
    { path: 'backend-flask/.dockerignore', text: lines('__pycache__/', '*.pyc', '.venv/') },
    { path: 'backend-flask/Dockerfile', text: lines(
      '# A small Flask API on port 4567.',
      'FROM python:3.12-slim',
      '',
      'WORKDIR /backend-flask',
      '',
      '# The dependency list first: this layer and the install stay cached until requirements.txt changes.',
      'COPY requirements.txt requirements.txt',
      'RUN pip3 install --no-cache-dir -r requirements.txt',
      '',
      'COPY . .',
      '',
      'EXPOSE 4567',
      '',
      '# An ordinary user, not root.',
      'RUN useradd --no-create-home app',
      'USER app',
      '',
      '# --host=0.0.0.0: listen on the container\'s network, not only inside it.',
      'CMD ["python3", "-m", "flask", "run", "--host=0.0.0.0", "--port=4567"]',
    ) },
    { path: 'docker-compose.yml', text: lines(
      'services:',
      '  backend-flask:',
      '    build: ./backend-flask',
      '    ports:',
      '      - "4567:4567"',
      '    depends_on:',
      '      - db',
      '    networks:',
      '      - internal-network',
      '',
      '  db:',
      '    image: postgres:16-alpine',
      '    environment:',
      '      POSTGRES_USER: postgres',
      '      # Fine on a laptop for learning, never in production.',
      '      # coach-ignore SecretInEnvironment',
      '      POSTGRES_PASSWORD: password',
      '    volumes:',
      '      # A named volume: the data survives docker compose down (not down -v).',
      '      - db-data:/var/lib/postgresql/data',
      '    networks:',
      '      - internal-network',
      '',
      'networks:',
      '  internal-network:',
      '    driver: bridge',
      '    name: cruddur',
      '',
      'volumes:',
      '  db-data:',
    ) },
    { path: 'notes/my-notes.md', text: lines(
      '# My Docker notes',
      '',
      '## Dockerfile',
      '',
      '- RUN runs while the image is built; CMD is what the container runs when it starts.',
      '',
      '## Compose',
      '',
      '- docker compose up -d starts every service in the background.',
    ) },
    { path: '.vscode/settings.json', text: lines('{', '  "dockerCoach.notes.files": ["notes/*.md"]', '}') },
  ];
}
