// SPDX-License-Identifier: MIT
// Issue 22 (audit 2026-12-06, H5, H7, H9): hovers that must follow their context. `COPY --from` reads
// another stage or image (no build context, no .dockerignore); a `$name` in a `powershell -Command`
// script run under `cmd` is PowerShell's; a Windows container has no SIGTERM or Linux PID 1. Each on the
// audit's input, then as a class over the corpus.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { explainDockerfile } from '../../../src/core/index';
import { corpusDir, corpusFiles } from '../corpusGuards';
import { joinLines, positionOf } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const df = (text: string, needle: string, offset = 0, nth = 0): string =>
  explainDockerfile(text, positionOf(text, needle, offset, nth))?.markdown ?? '';
const CONTEXT_ADVICE = /\.dockerignore` are left out|Copy dependency lists/;
// Written here from the audit's list, not read from activeShell.ts.
const WINDOWS_IMAGE = /(^|[/:-])(windows|windowsservercore|servercore|nanoserver)([/:-]|$)/i;

/** Each corpus Dockerfile as [file, text, lines]; skips the test when the corpus is absent. */
function corpus(ctx: Mocha.Context): [string, string, string[]][] {
  const dir = corpusDir('dockerfile', repoRoot);
  if (!dir) { console.log('      corpus not found: skipping'); ctx.skip(); }
  return corpusFiles(dir!).map(f => {
    const text = fs.readFileSync(path.join(dir!, f), 'utf8');
    return [f, text, text.split('\n')];
  });
}

describe('issue 22: COPY --from (H5)', () => {
  const text = joinLines('FROM alpine:3.20 AS cert', 'RUN apk add --no-cache mailcap', 'FROM scratch', 'COPY --from=cert /etc/mime.types /etc/mime.types', 'COPY --from=nginx:1.27 /etc/nginx/nginx.conf /nginx.conf', 'COPY . .');

  it('says the files come from stage cert, and leaves out the build-context advice', () => {
    const md = df(text, 'COPY');
    assert.match(md, /Copies `\/etc\/mime.types` from the stage `cert` \(line 1\)/);
    assert.match(md, /The build context and `\.dockerignore` play no part/);
    assert.doesNotMatch(md, CONTEXT_ADVICE);
  });

  it('an image source is named as an image; a plain COPY keeps its advice', () => {
    assert.match(df(text, 'COPY', 0, 1), /from the image `nginx:1.27`/);
    assert.match(df(text, 'COPY', 0, 2), CONTEXT_ADVICE);
  });

  it('class: no COPY --from keyword hover in the corpus gives build-context advice', function () {
    let checked = 0;
    for (const [file, text, lines] of corpus(this)) {
      lines.forEach((line, i) => {
        if (!/^\s*COPY\s+(--\S+\s+)*--from=/i.test(line)) return;
        const md = explainDockerfile(text, { line: i, character: line.search(/\S/) + 1 })?.markdown ?? '';
        assert.doesNotMatch(md, CONTEXT_ADVICE, `${file}:${i + 1}`);
        assert.match(md, /from the (stage|image) /, `${file}:${i + 1}`);
        checked++;
      });
    }
    assert.ok(checked > 50, `only ${checked} COPY --from lines`);
  });
});

describe('issue 22: PowerShell variables in a cmd stage (H7)', () => {
  const text = joinLines('FROM mcr.microsoft.com/dotnet/aspnet:10.0-windowsservercore-ltsc2022', 'RUN powershell -Command $process = Start-Process x.exe -Wait -PassThru; if ($process.ExitCode -ne 0) { exit 1 }');

  it('$process is a variable of the PowerShell script, not something cmd or the build expands', () => {
    const md = df(text, '$process', 1, 1);
    assert.match(md, /PowerShell variable/);
    assert.match(md, /one of the script's own PowerShell variables \(assigned in this script\)/);
    assert.doesNotMatch(md, /does not expand|The shell running this build step expands it/);
  });

  it('$NAME of an ARG under PowerShell points to $env:NAME; $env:NAME reads the environment', () => {
    const t = joinLines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'ARG VERSION=1', 'RUN powershell -Command Write-Host $VERSION $env:VERSION');
    assert.match(df(t, '$VERSION', 1), /not the `ARG VERSION` of line 2: write `\$env:VERSION`/);
    assert.match(df(t, '$env:VERSION', 1), /Declared by `ARG VERSION=1` on line 2/);
  });

  it('a cmd step without PowerShell still says cmd leaves $ alone', () => {
    const md = df(joinLines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN echo $HOME'), '$HOME', 1);
    assert.match(md, /`cmd` runs this step and leaves `\$` text as it is/);
  });

  it('class: no $name in a corpus `powershell -Command` step under cmd is said to be cmd\'s or the shell\'s', function () {
    let checked = 0;
    for (const [file, text, lines] of corpus(this)) {
      // Windows by its FROM line or by the default of the global ARG that FROM names.
      if (!lines.some(l => /^\s*(FROM|ARG)\s+\S*(windows|servercore|nanoserver)/i.test(l)) || lines.some(l => /^\s*SHELL\b/i.test(l))) continue;
      lines.forEach((line, i) => {
        if (!/^\s*RUN\s+powershell\b/i.test(line)) return;
        // The step and its continuation lines.
        for (let j = i; j < lines.length && j < i + 80; j++) {
          for (const m of lines[j].matchAll(/\$(?!env:)[A-Za-z_]\w*/gi)) {
            const md = explainDockerfile(text, { line: j, character: m.index + 1 })?.markdown ?? '';
            if (!md) continue;
            assert.doesNotMatch(md, /which does not expand|The shell running this build step expands it/, `${file}:${j + 1} ${m[0]}`);
            checked++;
          }
          if (!/`\s*$/.test(lines[j])) break;
        }
      });
    }
    assert.ok(checked > 0, 'no PowerShell step found');
  });
});

describe('issue 22: exec form on Windows images (H9)', () => {
  it('ENTRYPOINT ["powershell"] on a Windows image: no SIGTERM or PID 1 claim', () => {
    const text = joinLines('# escape=`', 'FROM microsoft/windowsservercore:10.0.14393.953', 'SHELL ["powershell", "-Command"]', 'ENTRYPOINT ["powershell"]');
    const md = df(text, 'ENTRYPOINT');
    assert.match(md, /there is no SIGTERM or Linux-style PID 1: `docker stop` asks Windows to shut the whole container down/);
    assert.doesNotMatch(md, /receives signals such as `docker stop`'s SIGTERM|starts directly as PID 1/);
  });

  it('a backtick escape with a PowerShell SHELL counts as Windows even on an unknown image', () => {
    const text = joinLines('# escape=`', 'FROM myorg/build-tools:1', 'SHELL ["powershell", "-Command"]', 'CMD Start-Service w3svc');
    assert.match(df(text, 'CMD'), /no SIGTERM or Linux-style PID 1/);
  });

  it('Linux images keep the signal explanation, PowerShell on Linux too', () => {
    assert.match(df(joinLines('FROM python:3.12', 'CMD ["python", "app.py"]'), 'CMD'), /starts directly as PID 1/);
    assert.match(df(joinLines('FROM mcr.microsoft.com/powershell:lts', 'CMD ["pwsh"]'), 'CMD'), /SIGTERM itself/);
  });

  it('class: no ENTRYPOINT or CMD hover on a corpus Windows image claims SIGTERM or PID 1', function () {
    let checked = 0;
    for (const [file, text, lines] of corpus(this)) {
      let windows = false;
      lines.forEach((line, i) => {
        const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)/i.exec(line);
        if (from) windows = WINDOWS_IMAGE.test(from[1]);
        if (!windows || !/^\s*(ENTRYPOINT|CMD)\b/i.test(line)) return;
        const md = explainDockerfile(text, { line: i, character: line.search(/\S/) + 1 })?.markdown ?? '';
        assert.doesNotMatch(md, /SIGTERM itself|is PID 1|becomes PID 1|shell is PID 1/, `${file}:${i + 1}`);
        checked++;
      });
    }
    assert.ok(checked > 0, 'no Windows ENTRYPOINT/CMD found');
  });
});
