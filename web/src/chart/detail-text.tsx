// A finding's or recommendation's detail: long ones start clamped to a few lines, with a control to show all.

import { useId, useState } from "react";

const longAfter = 320;

export function DetailText({ text }: { readonly text: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (text.length <= longAfter) return <p>{text}</p>;
  return (
    <>
      <p id={id} className={open ? undefined : "clamped"}>
        {text}
      </p>
      <button
        type="button"
        className="link"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? "Show less" : "Show all"}
      </button>
    </>
  );
}
