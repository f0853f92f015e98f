import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { rssMb } from "./measure";

/**
 * The soak: mixed traffic at a steady rate (pages, search, the API, and an editor commenting
 * through the app's own server action), sampling the server's memory once a minute. It passes
 * with no 5xx and memory at the end within 10% of memory after the first minute (the warm-up).
 */
export type SoakResult = {
  minutes: number;
  rate: number;
  requests: number;
  errors: number;
  status5xx: number;
  writes: number;
  rssMb: number[];
  growth: number;
};

/** The id of a server action in the build, by its exported name. */
export function actionId(root: string, exportedName: string): string | null {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node?: Record<string, { exportedName?: string }>;
  };
  return Object.entries(manifest.node ?? {}).find(([, entry]) => entry.exportedName === exportedName)?.[0] ?? null;
}

export async function soak(options: {
  base: string;
  root: string;
  serverPid: number;
  minutes: number;
  rate: number;
  readPaths: string[];
  editorCookie: string;
  commentOn: string[];
}): Promise<SoakResult> {
  const commentAction = actionId(options.root, "addCommentAction");
  let writes = 0;
  let status5xx = 0;
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(options.serverPid)), 60_000);

  // One write every 2 seconds through the editor's comment action, beside the read load.
  const writer = setInterval(() => {
    if (!commentAction) return;
    const claimId = options.commentOn[writes % options.commentOn.length];
    const body = new FormData();
    body.append("_1_claimId", claimId);
    body.append("_1_body", `Soak comment ${writes}`);
    body.append("0", JSON.stringify(["$undefined", "$K1"]));
    writes++;
    fetch(`${options.base}/desk/claims/${claimId}`, {
      method: "POST",
      headers: {
        "Next-Action": commentAction,
        Accept: "text/x-component",
        Origin: options.base,
        cookie: options.editorCookie,
      },
      body,
    })
      .then((r) => {
        if (r.status >= 500) status5xx++;
        return r.arrayBuffer();
      })
      .catch(() => status5xx++);
  }, 2000);

  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        connections: 4,
        overallRate: options.rate,
        duration: options.minutes * 60,
        requests: [
          { setupRequest: (request) => ({ ...request, path: options.readPaths[next++ % options.readPaths.length] }) },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode) => {
      if (statusCode >= 500) status5xx++;
    });
  });
  clearInterval(sampler);
  clearInterval(writer);
  samples.push(rssMb(options.serverPid));
  const warm = samples[0] ?? samples.at(-1)!;
  return {
    minutes: options.minutes,
    rate: options.rate,
    requests: result.requests.total,
    errors: result.errors,
    status5xx,
    writes,
    rssMb: samples,
    growth: samples.at(-1)! / warm - 1,
  };
}
