import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. @node-rs/argon2 defaults to argon2id.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Password hashes run on threads of their own at the lowest priority. A hash takes a core for
 * tens of milliseconds: when a whole administration signs in on deadline morning, the hashes on
 * libuv's threads took both cores of a small server from the reports being read and saved beside
 * them (the rush's worst seconds). At nice 19 a hash only gets the time the requests leave; on
 * Linux a thread's nice value is its own, so the server's other threads keep theirs. Elsewhere
 * the nice value would be the whole process's: there, the threads keep the normal priority and
 * are only half the cores.
 */
const lowPriority = process.platform === 'linux';
const size = lowPriority
  ? availableParallelism()
  : Math.max(1, Math.floor(availableParallelism() / 2));

// Plain JavaScript, so that the thread needs no TypeScript loader (tsx, vitest, node alike).
const hasherSource = `
const { parentPort, workerData } = require('node:worker_threads');
const argon2 = require(workerData.argon2);
if (workerData.lowPriority) require('node:os').setPriority(19);
parentPort.on('message', ({ op, password, hash, options }) => {
  try {
    const result = op === 'hash' ? argon2.hashSync(password, options) : argon2.verifySync(hash, password);
    parentPort.postMessage({ result });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  }
});`;
const argon2Path = createRequire(import.meta.url).resolve('@node-rs/argon2');

type Job = {
  message: { op: 'hash' | 'verify'; password: string; hash?: string; options?: typeof options };
  resolve: (result: string | boolean) => void;
  reject: (error: Error) => void;
};
type Hasher = { worker: Worker; job: Job | null };

const idle: Hasher[] = [];
const waiting: Job[] = [];
let started = 0;

function startHasher(): Hasher {
  const worker = new Worker(hasherSource, {
    eval: true,
    workerData: { argon2: argon2Path, lowPriority },
  });
  const hasher: Hasher = { worker, job: null };
  worker.on('message', (answer: { result?: string | boolean; error?: string }) => {
    const job = hasher.job;
    hasher.job = null;
    if (answer.error !== undefined) job?.reject(new Error(answer.error));
    else job?.resolve(answer.result!);
    next(hasher);
  });
  // A thread that dies takes its job with it; another takes its place for the next.
  worker.on('error', (error) => {
    hasher.job?.reject(error);
    hasher.job = null;
  });
  worker.on('exit', () => {
    hasher.job?.reject(new Error('the password hasher stopped'));
    started -= 1;
    const at = idle.indexOf(hasher);
    if (at >= 0) idle.splice(at, 1);
    const job = waiting.shift();
    if (job) run(job);
  });
  started += 1;
  return hasher;
}

/** Gives the hasher the next waiting job, or lets it rest without holding the process open. */
function next(hasher: Hasher) {
  const job = waiting.shift();
  if (job) give(hasher, job);
  else {
    hasher.worker.unref();
    idle.push(hasher);
  }
}

function give(hasher: Hasher, job: Job) {
  hasher.job = job;
  hasher.worker.ref();
  hasher.worker.postMessage(job.message);
}

function run(job: Job) {
  const hasher = idle.pop() ?? (started < size ? startHasher() : undefined);
  if (hasher) give(hasher, job);
  else waiting.push(job);
}

const submit = (message: Job['message']) =>
  new Promise<string | boolean>((resolve, reject) => run({ message, resolve, reject }));

export const hashPassword = async (password: string) =>
  (await submit({ op: 'hash', password, options })) as string;

export const verifyPassword = (passwordHash: string, password: string) =>
  submit({ op: 'verify', hash: passwordHash, password }).then(
    (ok) => ok === true,
    () => false,
  );

let dummy: Promise<string> | undefined;
/** Verified against when the e-mail is unknown, so a miss costs as long as a wrong password. */
export const dummyHash = () => (dummy ??= hashPassword('not-a-real-password-0000'));
