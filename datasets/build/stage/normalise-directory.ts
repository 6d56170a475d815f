/**
 * Staged agents and submolts → the clean `agents` and `submolts` tables: id and name required,
 * counts and karma read as the posts' are, duplicates by id (first ord kept). Noted as the
 * JavaScript normaliser did: agents' row checks, submolts' row checks, then each table's duplicates.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BuildReport } from '../build-report';
import { runChecks } from './checks';
import {
  countChecks,
  countSql,
  idSql,
  signedIntChecks,
  signedIntSql,
  textChecks,
  textSql,
  timestampSql,
  type Check,
} from './field-sql';
import { stageTableName } from './schema';

interface DirectorySpec {
  table: 'agents' | 'submolts';
  noun: 'agent' | 'submolt';
  /** Checks of every row's name, before the row is accepted or rejected. */
  nameChecks: Check[];
  /** Checks of the accepted rows, in field order. */
  checks: Check[];
  select: string[];
}

const VALID = `_id IS NOT NULL AND coalesce(${textSql('name')}, '') <> ''`;
const only = (checks: Check[]): Check[] => checks.map((c) => ({ ...c, when: `(${VALID}) AND (${c.when})` }));

const SPECS: DirectorySpec[] = [
  {
    table: 'agents',
    noun: 'agent',
    nameChecks: textChecks('name', 'agent name'),
    checks: only([
      ...textChecks('description', 'agent description'),
      ...signedIntChecks('karma', 'agent karma'),
      ...countChecks('follower_count', 'agent follower_count'),
      ...countChecks('following_count', 'agent following_count'),
    ]),
    select: [
      `_id AS id`,
      `${textSql('name')} AS name`,
      `${textSql('description')} AS description`,
      `${signedIntSql('karma')} AS karma`,
      `${countSql('follower_count')} AS follower_count`,
      `${countSql('following_count')} AS following_count`,
      `${timestampSql('created_at')} AS created_at`,
    ],
  },
  {
    table: 'submolts',
    noun: 'submolt',
    nameChecks: textChecks('name', 'submolt name'),
    checks: only([
      ...textChecks('display_name', 'submolt display name'),
      ...textChecks('description', 'submolt description'),
      ...countChecks('subscriber_count', 'submolt subscriber_count'),
    ]),
    select: [
      `_id AS id`,
      `${textSql('name')} AS name`,
      `${textSql('display_name')} AS display_name`,
      `${textSql('description')} AS description`,
      `${countSql('subscriber_count')} AS subscriber_count`,
    ],
  },
];

export async function normaliseDirectory(conn: DuckDBConnection, report: BuildReport): Promise<void> {
  for (const s of SPECS) {
    const parsed = `(SELECT r.*, ${idSql('r.id')} AS _id FROM ${stageTableName(s.table)} r)`;
    const rejected: Check = {
      action: 'rejected',
      what: `${s.noun} without an id or name`,
      when: `NOT (${VALID})`,
      example: 'name',
    };
    await runChecks(conn, { from: parsed }, [...s.nameChecks, rejected, ...s.checks], report);
    await conn.run(
      `CREATE TABLE ${s.table}_valid AS SELECT ord, ${s.select.join(', ')} FROM ${parsed} WHERE ${VALID}`,
    );
  }
  for (const s of SPECS) {
    const ranked = `(SELECT *, row_number() OVER (PARTITION BY id ORDER BY ord) AS k FROM ${s.table}_valid)`;
    await runChecks(
      conn,
      { from: ranked, where: 'k > 1' },
      [
        {
          action: 'rejected',
          what: `duplicate ${s.noun} id (first occurrence kept)`,
          when: 'true',
          example: 'id',
        },
      ],
      report,
    );
    await conn.run(
      `CREATE TABLE ${s.table} AS SELECT * EXCLUDE (k) FROM ${ranked} WHERE k = 1; DROP TABLE ${s.table}_valid`,
    );
  }
}
