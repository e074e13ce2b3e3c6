import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A signal aborted when the client goes away before its answer is sent, so that long work (an
 * import) stops instead of finishing for no one. The response's 'close' is the one to watch: the
 * request's fires as soon as its body has been read.
 */
export function clientGone(request: FastifyRequest, reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const left = () => {
    if (!reply.raw.writableFinished) controller.abort(new Error('the client went away'));
  };
  if (reply.raw.destroyed || request.raw.socket?.destroyed) left();
  else reply.raw.once('close', left);
  return controller.signal;
}
