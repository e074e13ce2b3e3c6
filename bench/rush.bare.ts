/**
 * The reference of `npm run bench:rush`: a bare Fastify endpoint over PostgreSQL that reads
 * one row and writes one row (compare-and-set on a version, as Rödtråd's saves), with the
 * same driver and pool size as the app. Run as a child: tsx bench/rush.bare.ts <port> <url>.
 * Not part of the app.
 */
import Fastify from 'fastify';
import postgres from 'postgres';

const [port, url] = process.argv.slice(2);
if (!port || !url) throw new Error('usage: rush.bare.ts <port> <database-url>');

const sql = postgres(url, { max: 10, onnotice: () => {} });
await sql`create table if not exists rush_bare (
  id integer primary key, value text not null, version integer not null)`;

const app = Fastify({ logger: false });

app.get<{ Params: { id: string } }>('/bare/:id', async (request, reply) => {
  const [row] =
    await sql`select id, value, version from rush_bare where id = ${Number(request.params.id)}`;
  return row ?? reply.code(404).send({ error: { code: 'not_found' } });
});

app.put<{ Params: { id: string }; Body: { value: string; version: number } }>(
  '/bare/:id',
  async (request, reply) => {
    const id = Number(request.params.id);
    const { value, version } = request.body;
    const [row] =
      version === 0
        ? await sql`insert into rush_bare (id, value, version) values (${id}, ${value}, 1)
            on conflict (id) do nothing returning id, value, version`
        : await sql`update rush_bare set value = ${value}, version = version + 1
            where id = ${id} and version = ${version} returning id, value, version`;
    return row ?? reply.code(409).send({ error: { code: 'conflict' } });
  },
);

app.get('/api/health', async () => ({ ok: true }));

await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => sql.end({ timeout: 2 })));
