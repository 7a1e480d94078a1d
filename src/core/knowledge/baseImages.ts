// SPDX-License-Identifier: MIT
// The base images `FROM ` offers before the engine answers (and after the learner's local ones): the
// official images a first-month learner's notes and our snippets use, each with why one would pick it.
// Tags are ones the official images publish (docker-library/official-images, library/python, node, nginx,
// alpine, debian, postgres, busybox); the sentences are ours.

export interface BaseImageDoc { image: string; why: string }

export const suggestedBaseImages: readonly BaseImageDoc[] = [
  { image: 'python:3.12-slim', why: 'Python on a trimmed Debian: the usual start for a Flask or Django backend (the `df-flask` snippet uses it).' },
  { image: 'node:20-slim', why: 'Node.js 20 on a trimmed Debian: for a Node server or a production build of a frontend.' },
  { image: 'node:20', why: 'Node.js 20 with the full Debian tool set: for a React dev server that builds native modules.' },
  { image: 'nginx:1.27-alpine', why: 'nginx on Alpine: serves a built frontend (static files) in a small image.' },
  { image: 'postgres:16', why: 'PostgreSQL 16: usually run as its own compose service rather than built on.' },
  { image: 'alpine:3.20', why: 'A very small Linux (BusyBox tools, `apk`, musl instead of glibc): for small tools and scripts.' },
  { image: 'debian:12-slim', why: 'Debian 12 with few packages: a plain Linux base when no language image fits.' },
  { image: 'busybox:1.36', why: 'A tiny image with a shell and basic tools: for trying things out, not for apps.' },
];
