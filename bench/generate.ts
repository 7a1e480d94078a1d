// SPDX-License-Identifier: MIT
// Deterministic large inputs for the benchmark: same text on every run, on every machine.

/** A small seeded generator (mulberry32): the same numbers in [0, 1) on every run, so a chain of edits can be replayed. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A multi-stage Dockerfile of about `lines` lines, using most instructions, flags and variables. */
export function generatedDockerfile(lines: number): string {
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=python:3.12-slim'];
  let stage = 0;
  while (out.length < lines) {
    out.push(`FROM \${BASE} AS stage${stage}`, `ARG PORT=${4000 + stage}`, `ENV APP_HOME=/srv/app${stage} PORT=\${PORT}`, 'WORKDIR $APP_HOME');
    for (let i = 0; i < 40 && out.length < lines; i++) {
      switch (i % 8) {
        case 0: out.push(`RUN --mount=type=cache,target=/root/.cache/pip pip install package${i}==1.${stage}.${i}`); break;
        case 1: out.push(`COPY --chown=app:app src${i}/ \${APP_HOME}/src${i}/`); break;
        case 2: out.push('RUN apt-get update \\', '    && apt-get install -y --no-install-recommends curl \\', '    && rm -rf /var/lib/apt/lists/*'); break;
        case 3: out.push(`LABEL org.opencontainers.image.version="${stage}.${i}"`); break;
        case 4: out.push(stage > 0 ? `COPY --from=stage${stage - 1} /srv/app${stage - 1}/bin /usr/local/bin/` : 'COPY requirements.txt .'); break;
        case 5: out.push('EXPOSE ${PORT}/tcp'); break;
        case 6: out.push('HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:${PORT}/ || exit 1'); break;
        default: out.push('USER app'); break;
      }
    }
    out.push(`CMD ["python3", "-m", "flask", "run", "--host=0.0.0.0", "--port=${4000 + stage}"]`);
    stage++;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** A compose file with `services` services that use ports, volumes, environment and depends_on. */
export function generatedCompose(services: number): string {
  const out = ['name: bench', 'services:'];
  for (let i = 0; i < services; i++) {
    out.push(
      `  svc${i}:`,
      i % 2 ? `    image: registry.example.com/team/app${i}:1.${i % 10}` : `    build:\n      context: ./svc${i}\n      dockerfile: Dockerfile`,
      '    ports:',
      `      - "${10000 + i}:80"`,
      '    environment:',
      `      SVC_INDEX: "${i}"`,
      '      DATABASE_URL: ${DATABASE_URL:-postgres://db/app}',
      '    volumes:',
      `      - data${i % 50}:/var/lib/data`,
      `      - ./config/svc${i}:/etc/app:ro`,
      '    networks:',
      '      - backend',
      ...(i > 0 ? ['    depends_on:', `      svc${i - 1}:`, '        condition: service_started'] : []),
      '    restart: unless-stopped',
    );
  }
  out.push('networks:', '  backend:', '    driver: bridge', 'volumes:');
  for (let v = 0; v < Math.min(50, services); v++) out.push(`  data${v}:`);
  return out.join('\n') + '\n';
}

/** A 1,000-line Dockerfile of two stages, busy with the commands the practice rules look at. */
export function thousandLineDockerfile(): string {
  const lines = ['FROM node:22 AS build', 'WORKDIR /app'];
  for (let i = 0; lines.length < 1000; i++) {
    lines.push(`RUN apt-get update && apt-get install -y --no-install-recommends pkg${i} && rm -rf /var/lib/apt/lists/*`,
      `COPY src${i} /app/src${i}`, `ENV V${i}=${i}`, `RUN cd /app && npm ci && pip install -r r${i}.txt`);
  }
  lines.push('FROM node:22', 'COPY --from=build /app /app', 'CMD ["node", "/app"]');
  return lines.join('\n') + '\n';
}
