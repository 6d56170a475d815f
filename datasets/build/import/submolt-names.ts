import type { BuildReport } from '../build-report';
import type { Stage } from '../stage/stage';

/**
 * Posts that name their submolt but not its display name get it from a submolts table of the same
 * input (the Observatory export keeps display names only in submolts_sample.csv). The first
 * display name staged for a name wins, as the normaliser keeps first occurrences.
 */
export async function fillSubmoltDisplayNames(stage: Stage, report: BuildReport): Promise<void> {
  const result = await stage.conn.run(`UPDATE raw_posts SET submolt_display_name = s.display_name
    FROM (SELECT name, arg_min(display_name, ord) AS display_name FROM raw_submolts
          WHERE name IS NOT NULL AND display_name IS NOT NULL GROUP BY name) s
    WHERE raw_posts.submolt_display_name IS NULL AND raw_posts.submolt_name = s.name`);
  report.add(
    'repaired',
    'post submolt display name taken from the submolts table',
    Number(result.rowsChanged),
  );
}
