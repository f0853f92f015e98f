"use client";

import { useEffect, useState } from "react";

/**
 * Says which quote is in focus when the page opens at one (#q-<id>, from a claim page) or the
 * hash changes: the outline and label mark it for sighted readers, this tells screen readers.
 */
export function HighlightAnnouncer() {
  const [message, setMessage] = useState("");
  useEffect(() => {
    function announce() {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const mark = id.startsWith("q-") ? document.getElementById(id) : null;
      // The claims it quotes: the list entries its link is described by (components/highlighted-text.tsx).
      const described = (mark?.querySelector("a")?.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
      const claims = described.map((ref) => document.getElementById(ref)?.textContent?.trim()).filter(Boolean);
      setMessage(mark ? `Quote in focus: “${mark.textContent}”. ${claims.join(" | ")}` : "");
    }
    announce();
    window.addEventListener("hashchange", announce);
    return () => window.removeEventListener("hashchange", announce);
  }, []);
  return (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  );
}
