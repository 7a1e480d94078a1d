// SPDX-License-Identifier: MIT
// Scan result files a learner may keep in the workspace: SARIF (what `docker scout cves --format sarif`,
// `trivy --format sarif` and `grype -o sarif` write), Trivy's JSON and Grype's JSON. Anything else, or a file
// that does not parse, says nothing: practice 10 then stays "cannot tell from the files".

/** File names that may hold a scan result. */
export function isScanResultName(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  return /\.sarif(\.json)?$/.test(name) || (/(trivy|grype|scout|vuln|cve)/.test(name) && name.endsWith('.json'));
}

export interface ScanSummary { tool: string; vulnerabilities: number }

/** What a scan result file says, or undefined when it is not one this knows. Never throws. */
export function readScanResult(text: string): ScanSummary | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const o = data as Record<string, unknown>;
  if (Array.isArray(o.runs)) {
    let count = 0;
    let tool = 'a scanner';
    for (const run of o.runs as Record<string, unknown>[]) {
      if (Array.isArray(run?.results)) count += run.results.length;
      const name = (run?.tool as { driver?: { name?: unknown } } | undefined)?.driver?.name;
      if (typeof name === 'string') tool = name;
    }
    return { tool, vulnerabilities: count };
  }
  if (Array.isArray(o.Results)) {
    const count = (o.Results as Record<string, unknown>[]).reduce((n, r) => n + (Array.isArray(r?.Vulnerabilities) ? r.Vulnerabilities.length : 0), 0);
    return { tool: 'Trivy', vulnerabilities: count };
  }
  if (Array.isArray(o.matches)) return { tool: 'Grype', vulnerabilities: o.matches.length };
  return undefined;
}
