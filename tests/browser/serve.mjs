// SPDX-License-Identifier: MIT
// `pace serve` in headless Chromium (run by serve.sh):
//   1. open the URL, rate five indicators by keyboard, add a (hostile) note and an evidence item,
//      see the capability level change on the page; the file's diff is exactly those lines,
//      `pace validate` passes, the note stays text and the page asks nothing of any other host;
//   2. edit the file behind the server's back: the next rating is refused (409), the page
//      offers to reload, the other edit is kept, and after the reload rating works again.
// usage: node serve.mjs PACE SOURCE_DIR WORK_DIR. Exit 0 pass, 1 fail.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [pace, root, work] = process.argv.slice(2);
let failures = 0;
function check(condition, what) {
  console.log((condition ? 'ok: ' : 'FAIL: ') + what);
  if (!condition) failures++;
}

const servers = [];
function startServer(dir) {
  const server = spawn(pace, ['serve', 'q.toml'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  servers.push(server);
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout });
    lines.once('line', (line) => {
      const m = /^pace serve: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=[0-9a-f]{32})$/.exec(line);
      if (!m) reject(new Error('no URL line: ' + line));
      else resolve({ server, url: m[1], origin: 'http://127.0.0.1:' + m[2] });
    });
    server.once('exit', (code) => reject(new Error('pace serve exited with ' + code)));
  });
}

function stopServer(server) {
  return new Promise((resolve) => {
    server.once('exit', (code) => resolve(code));
    server.kill('SIGTERM');
  });
}

// The changed lines of the file as `diff` shows them ("<" old, ">" new).
function changedLines(before, after) {
  const run = spawnSync('diff', [before, after], { encoding: 'utf8' });
  return run.stdout.split('\n').filter((l) => l.startsWith('< ') || l.startsWith('> '));
}

function prepare(name) {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(root, 'assessments/example/2026.toml'), path.join(dir, 'q.toml'));
  copyFileSync(path.join(dir, 'q.toml'), path.join(dir, 'original.toml'));
  return dir;
}

const text = (page, selector) => page.$eval(selector, (e) => e.textContent);
const rowRating = (page, id) =>
  page.$eval(`.indicator[data-indicator="${id}"] .current`, (e) => e.textContent);
async function waitRating(page, id, rating) {
  await page.waitForFunction(
    (i, r) => {
      const e = document.querySelector(`.indicator[data-indicator="${i}"] .current`);
      return e && e.textContent === r;
    }, { timeout: 10000 }, id, rating);
}

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'],
});

async function openPage(origin, url) {
  const page = await browser.newPage();
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin + '/')) foreign.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForSelector('#process-list tbody tr');
  return { page, foreign, errors };
}

try {
  // Case 1: five ratings, a note and an evidence item by keyboard.
  {
    const dir = prepare('rate');
    const { server, url, origin } = await startServer(dir);
    const { page, foreign, errors } = await openPage(origin, url);
    check(page.url() === origin + '/', 'the token left the address bar: ' + page.url());
    await page.keyboard.press(']');
    await page.waitForSelector('.indicator.focused');
    const title = await text(page, '#process-title');
    check(title.startsWith('MGT.1 '), 'first process shown by keyboard: ' + title);
    const levelBefore = await text(page, '#level');
    const listBefore = await text(page, '#process-list tr.current td:nth-child(2)');
    const keys = [['n', 'N'], ['p', 'P'], ['l', 'L'], ['2', 'P'], ['1', 'N']];
    const rated = [];
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) await page.keyboard.press('j');
      const id = await page.$eval('.indicator.focused', (e) => e.dataset.indicator);
      await page.keyboard.press(keys[i][0]);
      await waitRating(page, id, keys[i][1]);
      await page.waitForNetworkIdle({ idleTime: 200 });
      rated.push([id, keys[i][1]]);
    }
    check(rated.map((r) => r[0]).join(' ') === 'BP1 BP2 BP3 BP4 BP5',
          'rated five indicators by keyboard: ' + JSON.stringify(rated));
    const levelAfter = await text(page, '#level');
    check(levelBefore !== levelAfter && levelAfter === '0',
          `the level on the page changed: ${levelBefore} -> ${levelAfter}`);
    const listAfter = await text(page, '#process-list tr.current td:nth-child(2)');
    check(listBefore !== listAfter && listAfter === '0', 'the process list follows: ' + listAfter);
    const why = await text(page, '#why-not');
    check(why.length > 0, 'the why-not-next-level sentence is shown: ' + why);
    const findings = await text(page, '#findings li[data-finding="F26-10"]');
    check(findings.startsWith('F26-10 strength BP4: A quarterly ISMS report'),
          "the process's findings are shown: " + findings);

    // A hostile note on the focused indicator (BP5): typed, Enter saves it.
    const note = '<img src=x onerror="window.__pwned=1"> & "quotes"';
    await page.keyboard.press('e');
    await page.keyboard.type(note);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => {
        const e = document.querySelector('.indicator[data-indicator="BP5"] input.note');
        return e && e.value === n && document.activeElement !== e;
      }, { timeout: 10000 }, note);
    await page.waitForNetworkIdle({ idleTime: 300 });
    const injected = await page.evaluate(
      () => document.querySelectorAll('#indicators img, #indicators script').length +
            (window.__pwned ? 100 : 0));
    check(injected === 0, 'the hostile note is text, not markup');

    // An evidence item through the form, by keyboard.
    await page.focus('#evidence-form input[name=id]');
    await page.keyboard.type('E-99');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Visitor log <b>bold</b>');
    await page.keyboard.press('Tab');
    await page.keyboard.type('records/visitors.pdf');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026-03-01');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('#register li'))
        .some((li) => li.textContent.startsWith('E-99: Visitor log <b>bold</b>')),
      { timeout: 10000 });
    check(true, 'the new evidence item is in the register on the page');
    check(await page.$eval('#banner', (e) => e.hidden), 'no error banner');
    const bold = await page.evaluate(() => document.querySelectorAll('#register b').length);
    check(bold === 0, 'the evidence title is text');

    const lines = changedLines(path.join(dir, 'original.toml'), path.join(dir, 'q.toml'));
    const removed = lines.filter((l) => l.startsWith('< '));
    const added = lines.filter((l) => l.startsWith('> '));
    const expectRemoved = ['BP1', 'BP2', 'BP3', 'BP4', 'BP5'];
    check(removed.length === 5 && removed.every((l, i) => l.startsWith('< ' + expectRemoved[i] + ' = ')),
          'the diff removes exactly the five rated lines:\n' + removed.join('\n'));
    const ratingLines = added.filter((l) => /^> BP\d = /.test(l));
    const wanted = [
      /^> BP1 = \{ rating = "N", evidence = \["E-06"\] \}$/,
      /^> BP2 = \{ rating = "P", evidence = \["E-02"\] \}$/,
      /^> BP3 = \{ rating = "L", evidence = \["E-34"\] \}$/,
      /^> BP4 = \{ rating = "P", evidence = \["E-03", "E-04"\], note = "A quarterly/,
      /^> BP5 = \{ rating = "N", evidence = \["E-03"\], note = "<img src=x onerror=\\"window.__pwned=1\\"> & \\"quotes\\"" \}$/,
    ];
    check(ratingLines.length === 5 && ratingLines.every((l, i) => wanted[i].test(l)),
          'the five new rating lines, the note on its line:\n' + ratingLines.join('\n'));
    const evidenceLines = added.filter((l) => !/^> BP\d = /.test(l));
    check(evidenceLines.includes('> id = "E-99"') && evidenceLines.includes('> [[evidence]]') &&
          evidenceLines.length <= 8,
          'the other added lines are the evidence item:\n' + evidenceLines.join('\n'));
    const validate = spawnSync(pace, ['validate', 'q.toml'], { cwd: dir, encoding: 'utf8' });
    check(validate.status === 0, 'pace validate passes: ' + validate.stderr.slice(-300));
    check(foreign.length === 0, 'no request to any other origin: ' + foreign.join(' '));
    check(errors.length === 0, 'no script error on the page: ' + errors.join(' | '));
    await page.close();
    const code = await stopServer(server);
    check(code === 0, 'SIGTERM: exit 0 (' + code + ')');
  }

  // Case 2: the file changes on disk behind the server's back.
  {
    const dir = prepare('conflict');
    const { server, url, origin } = await startServer(dir);
    const { page } = await openPage(origin, url);
    await page.keyboard.press(']');
    await page.waitForSelector('.indicator.focused');
    appendFileSync(path.join(dir, 'q.toml'), '# changed in another editor\n');
    const onDisk = readFileSync(path.join(dir, 'q.toml'), 'utf8');
    await page.keyboard.press('n');
    await page.waitForSelector('#banner:not([hidden])', { timeout: 10000 });
    const banner = await text(page, '#banner-text');
    check(banner.includes('changed on disk'), 'the page says the file changed: ' + banner);
    const reloadShown = await page.$eval('#reload', (e) => !e.hidden);
    check(reloadShown, 'the page offers to reload');
    check(readFileSync(path.join(dir, 'q.toml'), 'utf8') === onDisk,
          "the other editor's change is kept, nothing written");
    check(await rowRating(page, 'BP1') === 'F', 'the rating on the page is unchanged');
    await page.click('#reload');
    await page.waitForSelector('#banner[hidden]', { timeout: 10000 });
    await page.waitForSelector('.indicator[data-indicator="BP1"]');
    await page.focus('.indicator[data-indicator="BP1"]');
    await page.keyboard.press('n');
    await waitRating(page, 'BP1', 'N');
    const after = readFileSync(path.join(dir, 'q.toml'), 'utf8');
    check(after.endsWith('# changed in another editor\n') &&
          after.includes('BP1 = { rating = "N", evidence = ["E-06"] }'),
          'after the reload the rating is written and the other change kept');
    await page.close();
    await stopServer(server);
  }
} catch (e) {
  check(false, 'exception: ' + (e && e.stack ? e.stack : e));
} finally {
  await browser.close();
  for (const s of servers) if (s.exitCode === null) s.kill('SIGKILL');
}
console.log(`${failures} failures`);
process.exit(failures ? 1 : 0);
