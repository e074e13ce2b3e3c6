import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#contracts/common.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { formatDateTime, formatList, formatLongDate, formatNumber } from '#web/lib/format.ts';
import { issueText } from '#web/lib/issues.ts';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Translated texts for API errors and validation issues, and formatters for the UI language. */
export function useMessages() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    // Keys built from server codes are checked at run time instead of compile time.
    const loose = t as unknown as LooseT;
    const error = (err: unknown): string => {
      if (!isApiError(err)) return loose('errors.unknown', { message: String(err) });
      const key = `errors.${err.code.replaceAll('.', '_')}`;
      return i18n.exists(key) ? loose(key) : loose('errors.unknown', { message: err.message });
    };
    const issue = (item: FieldIssue): string =>
      issueText(item, { t: loose, exists: (key) => i18n.exists(key), language });
    /** A text by a key built at run time; `fallback` when there is no such key. */
    const dynamic = (key: string, values?: Record<string, unknown>, fallback?: string) =>
      fallback !== undefined && !i18n.exists(key) ? fallback : loose(key, values);
    return {
      dynamic,
      error,
      issue,
      longDate: (iso: string) => formatLongDate(iso, language),
      dateTime: (timestamp: string) => formatDateTime(timestamp, language),
      number: (value: number, decimals?: number) => formatNumber(value, language, decimals),
      list: (items: string[]) => formatList(items, language),
    };
  }, [t, i18n, language]);
}

export type Messages = ReturnType<typeof useMessages>;
