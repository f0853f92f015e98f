import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

/** How the benchmark measures: throughput with autocannon, latency by timed sequential requests. */

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export type Throughput = { rps: number; non2xx: number; errors: number };

/** Requests per second over `seconds`, cycling through `paths` with `connections` at once. */
export async function throughput(
  base: string,
  paths: string[],
  options: { connections?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<Throughput> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections ?? 10,
    duration: options.seconds ?? 8,
    headers: options.headers,
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
      },
    ],
  });
  return { rps: result.requests.average, non2xx: result.non2xx, errors: result.errors };
}

export type Timed = { ms: number; bytes: number; status: number };

/** One request, timed from sending to the last byte of the body. */
export async function timed(url: string, headers: Record<string, string> = {}): Promise<Timed> {
  const start = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - start, bytes: body.byteLength, status: response.status };
}

/** The resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(rootPid: number): number {
  let pids: number[] = [rootPid];
  try {
    const out = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" });
    const children = new Map<number, number[]>();
    for (const line of out.trim().split("\n")) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    }
    for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]) ?? []));
  } catch {
    pids = [rootPid];
  }
  let kb = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) kb += Number(match[1]);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

/** The pid of the process listening on a TCP port (the app server behind npm, tsx and the launcher). */
export function listenerPid(port: number): number | null {
  try {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    const match = /pid=(\d+)/.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function loadAverage(): number[] {
  return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
}
