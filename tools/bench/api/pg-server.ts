import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The API's case-by-id lookup done directly with pg behind node:http: the same query (the case with
 * its codes and tasks, in the caller's scope), no framework, no auth, no validation.
 */
const CASE_SQL = `
  SELECT c.id, c.code, c.status, c.victim_id AS "victimId", v.code AS "victimCode", c.facility_id AS "facilityId", u.code AS "facilityCode",
         c.identified_at::text AS "identifiedAt", c.child, c.exploitation_forms AS "exploitationForms", c.opened_at AS "openedAt",
         c.closed_at AS "closedAt", c.identified_by AS "identifiedBy", c.formal_identified_at::text AS "formalIdentifiedAt",
         c.formal_identified_by AS "formalIdentifiedBy", c.recruitment_countries AS "recruitmentCountries",
         c.exploitation_countries AS "exploitationCountries", c.transnational, c.reflection_ends_on::text AS "reflectionEndsOn",
         c.activated_at AS "activatedAt", c.closure_reason AS "closureReason", c.retention_until::text AS "retentionUntil", c.updated_at AS "updatedAt",
         COALESCE((SELECT json_agg(json_build_object('id', t.id, 'kind', t.kind, 'dueAt', t.due_at, 'doneAt', t.done_at, 'doneBy', t.done_by,
                                                   'overdue', t.done_at IS NULL AND t.due_at < now()) ORDER BY t.due_at, t.kind)
                     FROM case_tasks t WHERE t.case_id = c.id), '[]') AS tasks
    FROM cases c JOIN victims v ON v.id = c.victim_id JOIN units u ON u.id = c.facility_id
   WHERE c.facility_id = $2 AND c.id = $1`;

const [port, databaseUrl, facilityId, poolSize] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: Number(poolSize) });

createServer(async (req, res) => {
  const id = /^\/cases\/([0-9a-f-]{36})$/.exec(req.url ?? '')?.[1];
  if (!id) {
    res.writeHead(404).end();
    return;
  }
  const { rows } = await pool.query(CASE_SQL, [id, facilityId]);
  if (rows.length === 0) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(rows[0]));
}).listen(Number(port));
