import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractImport } from "./extract";
import { suggestMetadata } from "./metadata";

const sample = (file: string) => {
  const raw = readFileSync(new URL(`../../../prisma/sample-data/articles/${file}`, import.meta.url), "utf8");
  return suggestMetadata(extractImport(raw, file));
};

// Expected values written by hand from reading each raw file (see shared seeds README). Where the
// page prints nothing (most dates), nothing is suggested: the editor decides, at the precision known.
describe("suggested metadata for the five raw sample files", () => {
  it("01 (Middle East Forum): headline, author and outlet from the bio, both inferred; no printed date", () => {
    const s = sample("01-mef-frantzman-2019-07.txt");
    expect(s.headline?.value).toBe("Iraq Launches Another Offensive against ISIS. Why?");
    expect(s.authors).toMatchObject({ value: ["Seth Frantzman"], inferred: true });
    expect(s.outlet).toMatchObject({ value: "Middle East Forum", inferred: true });
    expect(s.published).toBeNull();
    expect(s.dateMentions).toEqual(["July 7", "Friday, August 16, 2024"]);
    expect(s.language).toMatchObject({ value: { language: "en", direction: "LTR" }, inferred: true });
  });

  it("02 (AFP-based, unknown outlet): headline after the section label, no author, no outlet, no year", () => {
    const s = sample("02-will-of-victory-afp-2019-07.txt");
    expect(s.headline?.value).toBe(
      "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border",
    );
    expect(s.authors).toBeNull();
    // AFP supplied reporting; it is not the publisher, so it is not suggested as the outlet.
    expect(s.outlet).toBeNull();
    expect(s.published).toBeNull();
    expect(s.dateMentions).toEqual(["Sunday, July 7"]);
  });

  it("03 (Asharq Al-Awsat): masthead outlet and the printed dateline, both as printed", () => {
    const s = sample("03-asharq-al-awsat-2020-03-22.txt");
    expect(s.headline?.value).toBe("Exclusive: ISIS in Iraq… A Growing Threat");
    expect(s.authors).toBeNull();
    expect(s.outlet).toMatchObject({ value: "Asharq Al-Awsat", inferred: false });
    expect(s.published).toMatchObject({ value: { on: "2020-03-22", precision: "DAY" }, inferred: false });
    expect(s.published?.source).toContain("Sunday, 22 March, 2020 - 09:00");
  });

  it("04 (VOA): outlet inferred from “told VOA”; the file photo's date is not the publication date", () => {
    const s = sample("04-voa-diyala-2021.txt");
    expect(s.headline?.value).toBe("Iraqi Military Launches Operation Against IS Remnants");
    expect(s.outlet).toMatchObject({ value: "Voice of America", inferred: true });
    expect(s.published).toBeNull();
    expect(s.dateMentions).toEqual(["Feb. 13, 2018"]);
  });

  it("05 (Haaretz): author from the byline photo and outlet from the footer, both inferred; caption date only listed", () => {
    const s = sample("05-haaretz-barel-2017-07.txt");
    expect(s.headline?.value).toBe("Despite Mosul Defeat, ISIS Is Still Alive and Kicking");
    expect(s.authors).toMatchObject({ value: ["Zvi Bar'el"], inferred: true });
    expect(s.outlet).toMatchObject({ value: "Haaretz", inferred: true });
    expect(s.published).toBeNull();
    expect(s.dateMentions).toContain("July 12, 2017");
  });
});

describe("suggested metadata from HTML and other scripts", () => {
  it("takes the page's declared metadata as printed, not inferred", () => {
    const s = suggestMetadata(
      extractImport(
        `<html lang="ar" dir="rtl"><head><meta property="og:site_name" content="الشرق الأوسط">
        <meta property="og:title" content="داعش في العراق"><meta property="article:published_time" content="2020-03-22T09:00:00Z">
        <meta property="og:url" content="https://aawsat.com/x"></head><body><p>قال الخبير إن التنظيم لديه نحو ثلاثة آلاف مقاتل في المنطقة.</p></body></html>`,
        "a.html",
      ),
    );
    expect(s.headline).toMatchObject({ value: "داعش في العراق", inferred: false });
    expect(s.outlet).toMatchObject({ value: "الشرق الأوسط", inferred: false });
    expect(s.published).toMatchObject({ value: { on: "2020-03-22", precision: "DAY" }, inferred: false });
    expect(s.url).toBe("https://aawsat.com/x");
    expect(s.language).toMatchObject({ value: { language: "ar", direction: "RTL" }, inferred: false });
  });

  it("guesses right-to-left Arabic and Hebrew text as inferred, and a printed byline as certain", () => {
    const ar = suggestMetadata(
      extractImport("داعش في العراق\n\nبقلم فاضل النشمي\n\nقال الخبير إن التنظيم لديه مقاتلون.", null),
    );
    expect(ar.language).toMatchObject({ value: { language: "ar", direction: "RTL" }, inferred: true });
    const he = suggestMetadata(extractImport("כותרת הכתבה כאן\n\nהצבא הודיע על מבצע חדש נגד התאים.", null));
    expect(he.language.value).toEqual({ language: "he", direction: "RTL" });
    const by = suggestMetadata(
      extractImport("A headline for the test\n\nBy Jane Roe and John Doe\n\nBody text.", null),
    );
    expect(by.authors).toMatchObject({ value: ["Jane Roe", "John Doe"], inferred: false });
  });
});
