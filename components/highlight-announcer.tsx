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
      const title = mark?.querySelector("a")?.getAttribute("title");
      setMessage(mark ? `Quote in focus: “${mark.textContent}”. ${title ?? ""}` : "");
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
