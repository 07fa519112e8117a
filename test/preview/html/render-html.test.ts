import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript } from "../../../src/preview/html/escape.js";
import { expand, OVERLAP, pageModel } from "../../../src/preview/html/page-model.js";
import { renderPreviewHtml } from "../../../src/preview/html/render-html.js";
import { previewSchedules } from "../../../src/preview/preview-schedules.js";
import { cronJob, job } from "../fixtures.js";

const from = new Date("2024-03-04T00:00:00Z");
const HOSTILE = `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">&amp;'"`;

function hostilePage(): string {
  // The library does not validate names (the CLI does): the page must not trust them either.
  const data = previewSchedules(
    [
      cronJob(HOSTILE, "0 3 * * *", { namespace: `<b>ns</b>`, annotations: { "x/y": HOSTILE }, timeZone: "Europe/Berlin" }),
      cronJob("b", "0 3 * * *"),
      cronJob("c", "0 3 * * *"),
      job(`<i>job</i>`),
    ],
    { from },
  );
  return renderPreviewHtml(data);
}

describe("renderPreviewHtml", () => {
  it("escapes every name, namespace and annotation: no markup from the inputs", () => {
    const page = hostilePage();
    expect(page).not.toContain("<script>window.pwned");
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>ns</b>");
    expect(page).not.toContain("<i>job</i>");
    expect(page).toContain("&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;");
    // Exactly our two script elements.
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
  });

  it("is self-contained: a policy forbidding every fetch, and no address to fetch", () => {
    const page = hostilePage();
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(page).not.toMatch(/\b(src|href|action|poster|srcset)=["']?(https?:|\/\/)/i);
    expect(page).not.toMatch(/@import|url\(/i);
    // The only address is the SVG namespace, a name and not a request.
    expect([...page.matchAll(/https?:\/\/[^\s"'`)]+/g)].map((m) => m[0])).toEqual(["http://www.w3.org/2000/svg"]);
  });

  it("embeds the model the script draws from, readable back", () => {
    const data = previewSchedules([cronJob("a", "*/30 * * * *", { activeDeadlineSeconds: 3600 })], { from, days: 1 });
    const page = renderPreviewHtml(data);
    const json = /<script type="application\/json" id="preview-data">(.*?)<\/script>/s.exec(page)![1]!;
    const model = JSON.parse(json);
    expect(model).toEqual(JSON.parse(JSON.stringify(pageModel(data))));
    // Steps back to the instants of the data: one pair for a regular schedule.
    expect(model.jobs[0].runs).toEqual([30, 47]);
    let t = model.base;
    expect(expand(model.jobs[0].runs).map((s) => new Date((t += s * 60_000)).toISOString().replace(".000Z", "Z"))).toEqual(
      data.cronJobs[0]!.runs.map((r) => r.at),
    );
    expect(expand(model.jobs[0].flags)).toEqual(
      data.cronJobs[0]!.runs.map((_, i) => (data.cronJobs[0]!.overlaps.some((o) => o.run === i) ? OVERLAP : 0)),
    );
  });

  it("escapes for HTML and for a script element", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const text = jsonForScript({ s: "</script><!-- \u2028 &" });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ s: "</script><!-- \u2028 &" });
  });
});
