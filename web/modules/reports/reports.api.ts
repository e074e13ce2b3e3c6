import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Attachment,
  ChapterText,
  ChapterTextInput,
  ReportChapters,
  ReportTemplate,
  TemplateInput,
} from '#contracts/reports.ts';
import type { PeriodKind } from '#contracts/years.ts';
import { api, apiUpload } from '#web/lib/api-client.ts';
import { followupKeys } from '#web/modules/followup/followup.api.ts';

export type Place = { unitId: string; periodId: string };
export type TemplatePlace = { year: number; periodKind: PeriodKind };

export const reportsKeys = {
  template: ({ year, periodKind }: TemplatePlace) =>
    ['reports', 'template', year, periodKind] as const,
  /**
   * Under the follow-up report's key: every write to the report (an assessment, a workflow step)
   * reloads the chapters too, as what they miss and who may write follow the report.
   */
  chapters: (place: Place) => [...followupKeys.report(place), 'chapters'] as const,
};

const templateUrl = ({ year, periodKind }: TemplatePlace) =>
  `/api/report-templates/${year}/${periodKind}`;
const base = ({ unitId, periodId }: Place) => `/api/units/${unitId}/periods/${periodId}`;
export const attachmentUrl = (place: Place, id: string) => `${base(place)}/attachments/${id}`;

export const templateQuery = (place: TemplatePlace) =>
  queryOptions({
    queryKey: reportsKeys.template(place),
    queryFn: ({ signal }) => api<ReportTemplate>(templateUrl(place), { signal }),
  });

export const chaptersQuery = (place: Place) =>
  queryOptions({
    queryKey: reportsKeys.chapters(place),
    queryFn: ({ signal }) => api<ReportChapters>(`${base(place)}/chapters`, { signal }),
  });

export function useSaveTemplate(place: TemplatePlace) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TemplateInput) =>
      api<ReportTemplate>(templateUrl(place), { method: 'PUT', body: input }),
    onSuccess: (saved) => queryClient.setQueryData(reportsKeys.template(place), saved),
    // every report's chapters follow the template
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['followup', 'report'] }),
  });
}

/** A write to the report's chapters; afterwards the chapters are loaded again. */
function useChaptersWrite<Input, Saved>(place: Place, request: (input: Input) => Promise<Saved>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportsKeys.chapters(place) }),
  });
}

export const useSaveChapterText = (place: Place, chapterKey: string) =>
  useChaptersWrite(place, (input: ChapterTextInput) =>
    api<ChapterText>(`${base(place)}/chapters/${chapterKey}/text`, { method: 'PUT', body: input }),
  );

export const useUploadAttachment = (place: Place) =>
  useChaptersWrite(place, (file: File) =>
    apiUpload<Attachment>(
      `${base(place)}/attachments?name=${encodeURIComponent(file.name)}`,
      file,
      'application/octet-stream',
    ),
  );

export const useDeleteAttachment = (place: Place) =>
  useChaptersWrite(place, (id: string) =>
    api<null>(attachmentUrl(place, id), { method: 'DELETE' }),
  );
