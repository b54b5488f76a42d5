// renstra serve: the upload page with JavaScript on. The form works without this file
// (multipart to /upload, then /jobs/{id} refreshing itself); with it, files can also be
// dropped on the page, go to /v1/batches with fetch, and a progress bar follows the batch
// (GET /v1/batches/{id}) until its result page. Texts and URLs come from the form's data-
// attributes, so the page holds no inline script (its CSP allows 'self' only).
(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (!form || !window.fetch || !window.FormData) return;
  var data = form.dataset;
  var input = document.getElementById("files");
  var zone = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var state = document.getElementById("upload-state");
  var bar = document.getElementById("upload-progress");
  var said = document.getElementById("upload-status");
  var problem = document.getElementById("upload-error");
  var button = document.getElementById("submit");
  var picked = null;
  var POLL_MS = 500;

  function show(files) {
    var names = [];
    for (var i = 0; i < files.length; i++) names.push(files[i].name);
    chosen.textContent = data.chosen.replace("{count}", files.length) + ": " + names.join(", ");
  }

  function fail(message) {
    problem.textContent = message;
    problem.hidden = false;
    state.hidden = true;
    button.disabled = false;
  }

  input.addEventListener("change", function () {
    picked = input.files;
    show(picked);
  });
  ["dragenter", "dragover"].forEach(function (kind) {
    document.addEventListener(kind, function (event) {
      event.preventDefault();
      zone.classList.add("over");
    });
  });
  document.addEventListener("dragleave", function (event) {
    if (event.relatedTarget === null) zone.classList.remove("over");
  });
  document.addEventListener("drop", function (event) {
    event.preventDefault();
    zone.classList.remove("over");
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    picked = event.dataTransfer.files;
    try {
      input.files = picked;  // the form then holds them too
    } catch (ignored) { /* an old browser: kept in picked */ }
    show(picked);
  });

  function poll(url, id) {
    fetch(url, {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (answer) {
        return answer.json().then(function (body) { return {ok: answer.ok, body: body}; });
      })
      .then(function (reply) {
        if (!reply.ok) return fail(reply.body.error.message);
        var status = reply.body;
        bar.max = Math.max(status.files_total, 1);
        bar.value = status.files_done;
        said.textContent = data.progress.replace("{done}", status.files_done)
          .replace("{total}", status.files_total);
        if (status.status === "done" || status.status === "failed") {
          window.location.assign(data.job + encodeURIComponent(id) + data.langQuery);
        } else {
          window.setTimeout(function () { poll(url, id); }, POLL_MS);
        }
      })
      .catch(function (error) { fail(String(error)); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var files = picked && picked.length ? picked : input.files;
    if (!files || !files.length) return fail(data.noFiles);
    var body = new FormData();
    for (var i = 0; i < files.length; i++) body.append("files", files[i], files[i].name);
    var query = new URLSearchParams();
    ["lang", "ocr"].forEach(function (name) {
      if (form.elements[name].value) query.append(name, form.elements[name].value);
    });
    problem.hidden = true;
    state.hidden = false;
    bar.removeAttribute("value");  // indeterminate while the files go up
    said.textContent = data.uploading;
    button.disabled = true;
    fetch(data.api + "?" + query.toString(), {method: "POST", body: body, credentials: "same-origin"})
      .then(function (answer) {
        return answer.json().then(function (reply) { return {ok: answer.ok, body: reply}; });
      })
      .then(function (reply) {
        if (!reply.ok) {
          var error = reply.body.error || {message: String(reply.body)};
          return fail(error.file ? error.file + ": " + error.message : error.message);
        }
        poll(reply.body.status_url, reply.body.id);
      })
      .catch(function (error) { fail(String(error)); });
  });
})();
