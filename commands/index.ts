/**
 * Every command citebot has. The router and the deploy script both read this
 * list, so what is registered with Discord is exactly what is handled.
 */
import type { Command } from '../src/bot/command.js';
import ask from './ask.js';
import corpus from './corpus.js';
import findSources from './find-sources.js';
import quote from './quote.js';
import reload from './reload.js';
import sources from './sources.js';

export const commands: readonly Command[] = [ask, quote, sources, reload, corpus, findSources];
