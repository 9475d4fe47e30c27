import { chromium } from 'playwright-core';
const [,, url, out, w, h, y] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
await p.goto(url); await p.waitForTimeout(2000);
await p.evaluate((y) => window.scrollTo(0, y), Number(y)); await p.waitForTimeout(500);
await p.screenshot({ path: out });
console.log(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
await b.close();
