// The report editor for clerks: each section's text is edited with its bound figures shown as chips (label, value,
// source) instead of raw {{ key }}; figures are inserted from a searchable picker; the browser's own undo works
// (Ctrl+Z); the draft is saved every 30 seconds when it changed; 差异 shows the draft against the last saved text.
// The textarea stays the form field and the storage format: the chips are written back as {{ key }} on every change.
(function () {
  "use strict";
  const dataNode = document.getElementById("report-figures");
  if (!dataNode) return;
  const figures = JSON.parse(dataNode.textContent); // {key: {label, value, unit, source}}
  const form = document.getElementById("report-form");
  const PLACEHOLDER = /\{\{\s*([a-z_]+(?:\.[a-z_]+)+)\s*\}\}/g;
  let lastRange = null;
  let active = null;

  function chip(key) {
    const fig = figures[key] || { label: key, value: null, source: "指标目录中没有该指标" };
    const span = document.createElement("span");
    span.className = "figure-chip" + (fig.value === null ? " figure-chip-missing" : "");
    span.contentEditable = "false";
    span.dataset.key = key;
    span.title = `${fig.label}（${key}）· ${fig.source}`;
    span.textContent = `${fig.label}：${fig.value === null ? "××" : fig.value}`;
    return span;
  }

  function render(text, box) {
    box.textContent = "";
    for (const line of text.split("\n")) {
      const div = document.createElement("div");
      let pos = 0;
      for (const m of line.matchAll(PLACEHOLDER)) {
        if (m.index > pos) div.append(line.slice(pos, m.index));
        div.append(chip(m[1]));
        pos = m.index + m[0].length;
      }
      if (pos < line.length) div.append(line.slice(pos));
      if (!div.childNodes.length) div.append(document.createElement("br"));
      box.append(div);
    }
  }

  function serialise(node) {
    let out = "";
    node.childNodes.forEach((child, i) => {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
      else if (child.dataset && child.dataset.key) out += `{{ ${child.dataset.key} }}`;
      else if (child.nodeName === "BR") out += "";
      else {
        if ((child.nodeName === "DIV" || child.nodeName === "P") && i > 0) out += "\n";
        out += serialise(child);
      }
    });
    return out;
  }

  const editors = [];
  document.querySelectorAll("textarea.report-source").forEach((area) => {
    const box = document.createElement("div");
    box.className = "form-control report-editor mb-3";
    box.contentEditable = "true";
    box.id = area.id + "-editor";
    box.setAttribute("role", "textbox");
    box.setAttribute("aria-multiline", "true");
    box.setAttribute("aria-label", area.dataset.label || "");
    area.hidden = true;
    area.after(box);
    render(area.value, box);
    const sync = () => { area.value = serialise(box).replace(/\u00a0/g, " ").replace(/\u200b/g, ""); };
    box.addEventListener("input", sync);
    box.addEventListener("focus", () => { active = box; });
    // selectionchange arrives later than the keystroke: a caret moved or text typed just before the search box
    // takes the focus would otherwise be missed, and the figure inserted where the caret had been before
    for (const event of ["input", "keyup", "mouseup"]) box.addEventListener(event, () => remember());
    editors.push({ area, box, sync });
  });
  if (!editors.length) return;
  active = editors[0].box;

  // where the caret was last in a section: the picker inserts there after the search box took the focus
  function remember() {
    const sel = window.getSelection();
    if (!sel.rangeCount) return;
    const inside = editors.find((ed) => ed.box.contains(sel.anchorNode));
    if (inside) { active = inside.box; lastRange = sel.getRangeAt(0).cloneRange(); }
  }
  document.addEventListener("selectionchange", remember);

  // the picker: search the catalogue by label or key, click to insert at the caret
  const search = document.getElementById("figure-search");
  const list = document.getElementById("figure-list");
  function fill() {
    const q = (search.value || "").trim().toLowerCase();
    list.textContent = "";
    Object.entries(figures).filter(([key, f]) => !q || key.includes(q) || f.label.toLowerCase().includes(q))
      .slice(0, 60).forEach(([key, f]) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "list-group-item list-group-item-action py-1 small figure-pick";
        button.dataset.key = key;
        button.textContent = `${f.label}：${f.value === null ? "无数据" : f.value}`;
        button.title = `${key} · ${f.source}`;
        list.append(button);
      });
  }
  search.addEventListener("input", fill);
  list.addEventListener("mousedown", (e) => e.preventDefault()); // keep the caret in the text
  list.addEventListener("click", (e) => {
    const key = e.target.dataset && e.target.dataset.key;
    if (!key) return;
    active.focus();
    const sel = window.getSelection();
    let range = lastRange && active.contains(lastRange.startContainer) ? lastRange : null;
    if (!range || range.startContainer === active) { // between paragraphs: at the end of the nearest one
      const line = (range && active.childNodes[Math.max(range.startOffset - 1, 0)]) || active.lastChild;
      range = document.createRange();
      range.selectNodeContents(line);
      range.collapse(false);
    }
    sel.removeAllRanges();
    sel.addRange(range);
    // insertHTML keeps the insertion on the browser's undo stack (Ctrl+Z takes it back); the zero-width space
    // after the chip gives the caret an editable place to land, and is dropped when the text is written back
    document.execCommand("insertHTML", false, chip(key).outerHTML + "\u200b");
    editors.forEach((ed) => ed.sync());
    remember();
  });
  fill();

  // autosave: every 30 s when something changed since the last save; the page says when it last saved
  const status = document.getElementById("autosave-status");
  const saved = () => editors.map((ed) => ed.area.value).join("\u0000") + document.getElementById("intro").value;
  let lastSaved = saved();
  const savedText = Object.fromEntries(editors.map((ed) => [ed.area.id, ed.area.value]));
  async function autosave() {
    editors.forEach((ed) => ed.sync());
    if (saved() === lastSaved) return;
    const body = new FormData(form);
    body.append("autosave", "1");
    try {
      const response = await fetch(form.action || window.location.href, { method: "POST", body,
        headers: { "X-Requested-With": "fetch" } });
      const answer = await response.json();
      if (response.ok) {
        lastSaved = saved();
        editors.forEach((ed) => { savedText[ed.area.id] = ed.area.value; });
        status.textContent = `已自动保存（${answer.saved_at}）`;
        status.className = "small text-success";
      } else {
        status.textContent = `未能自动保存：${(answer.errors || []).join("；")}`;
        status.className = "small text-danger";
      }
    } catch (err) {
      status.textContent = "未能自动保存（网络连接中断），请稍后手动保存。";
      status.className = "small text-danger";
    }
  }
  setInterval(autosave, 30000);
  document.getElementById("autosave-now").addEventListener("click", autosave);
  form.addEventListener("submit", () => editors.forEach((ed) => ed.sync()));

  // 差异: each section against its last saved text, line by line (longest common subsequence)
  function diff(a, b) {
    const x = a.split("\n"), y = b.split("\n");
    const n = x.length, m = y.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const out = [];
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x[i] === y[j]) { i++; j++; }
      else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push(["+", y[j++]]);
      else out.push(["-", x[i++]]);
    }
    return out;
  }
  document.getElementById("show-diff").addEventListener("click", () => {
    editors.forEach((ed) => ed.sync());
    const panel = document.getElementById("diff-panel");
    panel.textContent = "";
    let changes = 0;
    editors.forEach((ed) => {
      const lines = diff(savedText[ed.area.id], ed.area.value);
      if (!lines.length) return;
      changes += lines.length;
      const head = document.createElement("div");
      head.className = "fw-bold mt-2";
      head.textContent = ed.area.dataset.label;
      panel.append(head);
      lines.forEach(([sign, text]) => {
        const row = document.createElement("div");
        row.className = sign === "+" ? "diff-added" : "diff-removed";
        row.textContent = `${sign} ${text}`;
        panel.append(row);
      });
    });
    if (!changes) panel.textContent = "与上次保存的内容相同。";
    panel.hidden = false;
  });
})();
