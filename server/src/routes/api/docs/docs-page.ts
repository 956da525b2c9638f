type Doc = {
  info: { title: string; description: string; version: string };
  paths: Record<string, Record<string, { summary: string; description?: string; parameters: { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> }[] }>>;
};

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).join(' | ');
  const t = schema.type ?? (schema.anyOf ? 'string' : '');
  const extra = [schema.pattern ? `pattern ${schema.pattern}` : '', schema.minimum !== undefined ? `min ${schema.minimum}` : '', schema.maximum !== undefined ? `max ${schema.maximum}` : '', schema.default !== undefined ? `default ${schema.default}` : '']
    .filter(Boolean)
    .join(', ');
  return `${t}${extra ? ` (${extra})` : ''}`;
}

/** A readable, accessible page of the OpenAPI document: no script, no external assets. */
export function renderDocsPage(doc: Doc): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = op.parameters.length
        ? `<table><caption class="sr">Parametri di ${esc(path)}</caption><thead><tr><th scope="col">Parametro / Parameter</th><th scope="col">Dove / In</th><th scope="col">Obbligatorio / Required</th><th scope="col">Tipo / Type</th><th scope="col">Descrizione / Description</th></tr></thead><tbody>${op.parameters
            .map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'sì / yes' : 'no'}</td><td>${esc(typeOf(p.schema))}</td><td>${esc(p.description)}</td></tr>`)
            .join('')}</tbody></table>`
        : '<p>Nessun parametro / No parameters.</p>';
      return `<section><h2><span class="m">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2><p><strong>${esc(op.summary)}</strong></p><p>${esc(op.description)}</p>${params}</section>`;
    }),
  );
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API – ${esc(doc.info.title)}</title>
<style>
body{font-family:"Titillium Web",system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem;color:#1a1a1a;line-height:1.5}
header{background:#0066cc;color:#fff;padding:1rem;margin:-1rem -1rem 1rem}
header a{color:#fff}
h2{font-size:1.15rem;border-top:1px solid #ccc;padding-top:1rem}
.m{background:#00557f;color:#fff;padding:0 .4rem;border-radius:3px;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
code{background:#f2f2f2;padding:0 .2rem}.sr{position:absolute;left:-9999px}
</style></head><body>
<header><h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1>
<p>${esc(doc.info.description)}</p>
<p>Documento OpenAPI / OpenAPI document: <a href="/api/openapi.json">/api/openapi.json</a></p></header>
<main>
<section id="errors"><h2>Errori / Errors</h2>
<p>Gli errori sono <code>application/problem+json</code> (RFC 9457) e indicano il parametro, il campo o la riga in errore nell'elenco <code>errors</code>. Errors are problem+json documents naming the parameter, field or row at fault in <code>errors</code>.</p>
<ul><li id="problem-invalid-params"><code>invalid-params</code> (400): parametri non validi / invalid parameters.</li>
<li id="problem-not-found"><code>not-found</code> (404): codice sconosciuto / unknown code.</li>
<li id="problem-invalid-file"><code>invalid-file</code> (422): file non valido, nulla è stato scritto / invalid file, nothing written.</li>
<li id="problem-not-publishable"><code>not-publishable</code> (422): indicatore non pubblicabile, ogni campo mancante in <code>errors[].name</code>, nulla è stato scritto / indicator not publishable, each missing field in <code>errors[].name</code>, nothing written.</li>
<li id="problem-unauthorized"><code>unauthorized</code> (401): token mancante o errato (<code>Authorization: Bearer</code>) / missing or wrong token.</li>
<li id="problem-writes-disabled"><code>writes-disabled</code> (403): importazioni disattivate finché <code>ADMIN_TOKEN</code> non è impostato / imports disabled until ADMIN_TOKEN is set.</li>
<li id="problem-import-conflict"><code>import-conflict</code> (409): l'importazione non è nello stato richiesto (es. anteprima con errori, già importato) / the import is not in the state the request needs.</li>
<li id="problem-rollback-conflict"><code>rollback-conflict</code> (409): annullamento non possibile (non confermato, o valori rivisti da un lotto successivo) / cannot roll back.</li>
<li id="problem-not-assigned"><code>not-assigned</code> (403): l'azione non è dell'ufficio del responsabile né assegnata a lui / the action is neither of the manager's office nor assigned to them.</li>
<li id="problem-conflict"><code>conflict</code> (409): versione superata (il corpo riporta <code>currentVersion</code> e lo stato attuale), nulla è stato scritto; o e-mail già in uso, o obiettivo già presente per indicatore, territorio, periodo e piano (<code>existing</code>), o codice di strumento o di obiettivo già usato (<code>errors</code> nomina <code>code</code>), o scrittura concorrente sugli stessi dati / stale version (the body has currentVersion and the current status), nothing written; or e-mail taken; or a target already set for that indicator, territory, period and plan (<code>existing</code> is its id); or a planning tool or objective code taken (<code>errors</code> names <code>code</code>); or a concurrent write to the same data won.</li>
<li id="problem-status-in-use"><code>status-in-use</code> (409): stato di attuazione usato da aggiornamenti, non eliminato (il corpo riporta <code>updates</code>) / action status used by updates, not deleted (the body has updates).</li>
<li id="problem-precondition-required"><code>precondition-required</code> (428): manca <code>If-Match</code> con l'ETag letto / send the ETag you read in If-Match.</li>
<li id="problem-upload-too-large"><code>upload-too-large</code> (413): file oltre <code>MAX_UPLOAD_MB</code> / file over the limit.</li>
<li id="problem-unsupported-media-type"><code>unsupported-media-type</code> (415): il caricamento va inviato come <code>multipart/form-data</code> / send the upload as multipart/form-data.</li>
<li id="problem-database-unavailable"><code>database-unavailable</code> (503): database non raggiungibile o in riavvio, nulla è stato salvato; riprovare dopo <code>Retry-After</code> secondi / the database cannot be reached or is restarting, nothing was saved; try again after Retry-After seconds.</li></ul>
<p>Le letture pubbliche hanno <code>ETag</code> e <code>Cache-Control</code>; con <code>If-None-Match</code> la risposta è 304. Public reads carry ETag and Cache-Control; a matching If-None-Match gets 304.</p></section>
${ops.join('\n')}
</main></body></html>`;
}
