import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '#contracts/common.ts';
import {
  notificationList,
  notificationPreferences,
  notificationSettings,
} from '#contracts/notifications.ts';
import type { AppContext } from '#server/context.ts';
import { inTransaction } from '#server/db/transaction.ts';
import { principalOf } from '#server/http/auth.ts';
import { errorResponses } from '#server/http/responses.ts';
import { writeThrough } from '#server/http/write-route.ts';
import { repositories } from '#server/repositories.ts';
import {
  listNotifications,
  markAllRead,
  markRead,
  preferencesOf,
  savePreferences,
  saveSettings,
  settingsOf,
} from './notifications.usecases.ts';

const tags = ['notifications'];

/** Every signed-in person's own notifications and choices; the tenant's reminder setting. */
export function registerNotificationsRoutes(app: FastifyInstance, { db, now }: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const mine = { permission: 'authenticated' } as const;

  r.get('/api/notifications', {
    config: mine,
    schema: { tags, response: { 200: notificationList, ...errorResponses } },
    handler: (request) => listNotifications(repositories(db), principalOf(request)),
  });

  r.post('/api/notifications/:id/read', {
    config: mine,
    schema: { tags, params: idParams, response: { 200: notificationList, ...errorResponses } },
    handler: (request) =>
      inTransaction(db, (tx) =>
        markRead(repositories(tx), principalOf(request), request.params.id, now()),
      ),
  });

  r.post('/api/notifications/read-all', {
    config: mine,
    schema: { tags, response: { 200: notificationList, ...errorResponses } },
    handler: (request) =>
      inTransaction(db, (tx) => markAllRead(repositories(tx), principalOf(request), now())),
  });

  r.get('/api/notifications/preferences', {
    config: mine,
    schema: { tags, response: { 200: notificationPreferences, ...errorResponses } },
    handler: (request) => preferencesOf(repositories(db), principalOf(request)),
  });

  r.put('/api/notifications/preferences', {
    config: mine,
    schema: {
      tags,
      body: notificationPreferences,
      response: { 200: notificationPreferences, ...errorResponses },
    },
    handler: writeThrough(db, (repos, principal, _params, body) =>
      savePreferences(repos, principal, body),
    ),
  });

  r.get('/api/notifications/settings', {
    config: { permission: 'years.manage' },
    schema: { tags, response: { 200: notificationSettings, ...errorResponses } },
    handler: (request) => settingsOf(repositories(db), principalOf(request)),
  });

  r.put('/api/notifications/settings', {
    config: { permission: 'years.manage' },
    schema: {
      tags,
      body: notificationSettings,
      response: { 200: notificationSettings, ...errorResponses },
    },
    handler: writeThrough(db, (repos, principal, _params, body) =>
      saveSettings(repos, principal, body, now()),
    ),
  });
}
