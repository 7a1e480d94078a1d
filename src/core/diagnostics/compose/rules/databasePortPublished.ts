// SPDX-License-Identifier: MIT
// DatabasePortPublished: a database port published on every interface can be reached from the network,
// not only from the other services. `127.0.0.1:` keeps it on this machine.
// Reference: compose-spec-docs/05-services.md, "ports" (host IP in the short syntax, `host_ip` in the long one).
import { isScalar } from 'yaml';
import type { ComposeRule } from '../../types';
import { nodeRange } from '../nodes';
import { allInterfaces, portSpan, publishedPorts } from './portMappings';

/** Default ports of common databases and data stores. */
const databases: Record<number, string> = {
  5432: 'PostgreSQL', 3306: 'MySQL/MariaDB', 27017: 'MongoDB', 6379: 'Redis', 1433: 'SQL Server', 1521: 'Oracle',
  9200: 'Elasticsearch', 5984: 'CouchDB', 9042: 'Cassandra', 11211: 'Memcached', 8086: 'InfluxDB', 7687: 'Neo4j', 26257: 'CockroachDB',
};

export const databasePortPublished: ComposeRule = {
  code: 'DatabasePortPublished',
  source: 'coach',
  severity: 'info',
  title: 'Database port open on every interface',
  why: 'Other services reach the database over the Compose network without any `ports:`. Publishing it as `5432:5432` also opens it on every network your machine is on, and Docker\'s port rules usually bypass the host firewall.',
  fix: 'Drop the mapping if only other services use the database, or bind it to this machine: `"127.0.0.1:5432:5432"`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#ports',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const p of publishedPorts(model)) {
      const span = portSpan(p.container);
      if (!span || span[0] !== span[1] || !databases[span[0]] || !allInterfaces(p.hostIp)) continue;
      const range = nodeRange(model, p.node);
      if (!range) continue;
      const value = isScalar(p.node) ? String(p.node.value) : undefined;
      // With an explicit `0.0.0.0:` or no host port the rewrite is less obvious: say it, do not rewrite it.
      const fix = value && p.host && !p.hostIp ? [{ title: 'Publish on 127.0.0.1 only', edits: [{ range, newText: `"127.0.0.1:${value}"` }] }] : undefined;
      report({ range, message: `${databases[span[0]]} port ${span[0]} of \`${p.service}\` is published on every network interface; use \`127.0.0.1:\` to keep it on this machine.`, fixes: fix });
    }
  },
};
