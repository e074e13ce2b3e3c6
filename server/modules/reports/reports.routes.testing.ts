import { expect } from 'vitest';
import type { ReportChapters, ReportTemplate, TemplateChapter } from '#contracts/reports.ts';
import { as, buildUser, login, type Session } from '#server/testing.ts';
import { followUpTown } from '../followup/followup.routes.testing.ts';
import { client, type TestApp } from '../org/org.routes.testing.ts';

/**
 * The follow-up town (followup.routes.testing.ts) with the people a report's chapters concern:
 * a reporter of the office, a reporter of Ekonomi below it, a reader, and a controller of the
 * whole organisation (granted at KF, its top unit).
 */
export async function chapterTown(ctx: () => TestApp) {
  const made = await followUpTown(ctx);
  const { town } = made;
  const user = async (grants: Parameters<typeof buildUser>[2]) =>
    login(ctx().app, (await buildUser(ctx().database, town.tenant.id, grants)).email);
  const people = {
    reporter: await user([{ role: 'reporter', unitId: town.slk }]),
    economyReporter: await user([{ role: 'reporter', unitId: town.eko }]),
    reader: await user([{ role: 'reader' }]),
    controller: await user([{ role: 'controller', unitId: town.kf }]),
    officeController: await user([{ role: 'controller', unitId: town.slk }]),
  };
  return { ...made, ...people, user };
}

export function chapterRequests(ctx: () => TestApp) {
  const api = client(ctx);
  const send = (
    method: 'PUT' | 'DELETE' | 'POST',
    session: Session,
    url: string,
    payload?: object,
  ) => ctx().app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });
  const templateUrl = (year: number, kind = 'annual') => `/api/report-templates/${year}/${kind}`;
  const chaptersUrl = (unitId: string, periodId: string) =>
    `/api/units/${unitId}/periods/${periodId}/chapters`;

  const template = async (session: Session, year = 2024, kind = 'annual') => {
    const response = await api.get(session, templateUrl(year, kind));
    expect(response.statusCode).toBe(200);
    return response.json<ReportTemplate>();
  };
  const saveTemplate = (
    session: Session,
    chapters: TemplateChapter[],
    version: number,
    year = 2024,
    kind = 'annual',
  ) => send('PUT', session, templateUrl(year, kind), { chapters, version });
  const chapters = async (session: Session, unitId: string, periodId: string) => {
    const response = await api.get(session, chaptersUrl(unitId, periodId));
    expect(response.statusCode).toBe(200);
    return response.json<ReportChapters>();
  };
  const writeText = (
    session: Session,
    at: { unitId: string; periodId: string },
    key: string,
    text: string,
    version: number,
  ) =>
    send('PUT', session, `${chaptersUrl(at.unitId, at.periodId)}/${key}/text`, { text, version });
  const upload = (
    session: Session,
    at: { unitId: string; periodId: string },
    name: string,
    bytes: Uint8Array,
  ) =>
    ctx().app.inject({
      method: 'POST',
      url: `/api/units/${at.unitId}/periods/${at.periodId}/attachments?name=${encodeURIComponent(name)}`,
      headers: { ...as(session), 'content-type': 'application/octet-stream' },
      payload: Buffer.from(bytes),
    });
  return { api, send, template, saveTemplate, chapters, writeText, upload };
}

/** The smallest bytes that pass for a PDF. */
export const pdfBytes = (text = 'Bilaga') =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
