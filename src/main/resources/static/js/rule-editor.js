/* The rule editor: every textarea.code becomes a CodeMirror editor (read-only when the textarea is),
   with line numbers, YAML highlighting for parameters.yaml and the scenarios, and a simple mode for
   DRL, which CodeMirror does not ship. Each problem listed in #problems is marked at its line, and
   its link moves the cursor there. Tab is left to the browser, so that the keyboard can leave.
   fromTextArea copies an editor's text back into its textarea when the form is posted. */
(function () {
  'use strict';
  var DRL_KEYWORDS = /(?:package|import|global|declare|rule|query|when|then|end|salience|no-loop|lock-on-active|agenda-group|activation-group|dialect|enabled|date-effective|date-expires|not|exists|forall|from|collect|accumulate|and|or|eval|matches|memberOf|contains|in|modify|insert|insertLogical|retract|delete|update|extends|true|false|null|new|if|else|return|function)\b/;

  CodeMirror.defineSimpleMode('drl', {
    start: [
      {regex: /"(?:[^\\"]|\\.)*"?/, token: 'string'},
      {regex: /\/\/.*/, token: 'comment'},
      {regex: /\/\*/, token: 'comment', next: 'comment'},
      {regex: /@[A-Za-z_][\w]*/, token: 'meta'},
      {regex: DRL_KEYWORDS, token: 'keyword'},
      {regex: /\d+(?:\.\d+)?[BbLlDdFf]?/, token: 'number'},
      {regex: /\$[A-Za-z_][\w]*/, token: 'variable-2'},
      {regex: /[A-Z][\w]*/, token: 'type'},
      {regex: /[A-Za-z_][\w]*/, token: 'variable'},
      {regex: /[-+\/*=<>!&|:]+/, token: 'operator'}
    ],
    comment: [
      {regex: /.*?\*\//, token: 'comment', next: 'start'},
      {regex: /.*/, token: 'comment'}
    ],
    meta: {lineComment: '//'}
  });

  var editors = {};
  document.querySelectorAll('textarea.code').forEach(function (area) {
    var label = document.querySelector('label[for="' + area.id + '"]');
    var cm = CodeMirror.fromTextArea(area, {
      mode: area.dataset.mode,
      readOnly: area.readOnly,
      lineNumbers: true,
      gutters: ['problems', 'CodeMirror-linenumbers'],
      indentUnit: area.dataset.mode === 'yaml' ? 2 : 4,
      extraKeys: {'Tab': false, 'Shift-Tab': false},
      screenReaderLabel: label ? label.textContent : area.dataset.path
    });
    // the editor's own input, which is what the keyboard reaches, is named like the hidden textarea
    if (label) {
      var named = document.createElement('label');
      named.className = 'visually-hidden';
      named.textContent = label.textContent;
      named.htmlFor = cm.getInputField().id = area.id + '-input';
      label.after(named);
    }
    editors[area.dataset.path] = cm;
    var details = area.closest('details');
    if (details) {
      details.addEventListener('toggle', function () { cm.refresh(); });
    }
  });

  document.querySelectorAll('#problems a[data-line]').forEach(function (link) {
    var cm = editors[link.dataset.file];
    var line = Number(link.dataset.line) - 1;
    if (!cm || line < 0) {
      return;
    }
    line = Math.min(line, cm.lineCount() - 1);
    var message = link.parentNode.querySelector('.problem-message').textContent;
    var marker = document.createElement('span');
    marker.className = 'problem-marker';
    marker.textContent = '!';
    marker.title = message;
    cm.setGutterMarker(line, 'problems', marker);
    cm.addLineClass(line, 'wrap', 'problem-line');
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var details = cm.getTextArea().closest('details');
      if (details && !details.open) {
        details.open = true;
      }
      cm.refresh();
      cm.focus();
      cm.setCursor({line: line, ch: Math.max(0, Number(link.dataset.column) - 1)});
      cm.scrollIntoView(null, 100);
      cm.getWrapperElement().scrollIntoView({block: 'center'});
    });
  });
}());
