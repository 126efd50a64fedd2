/**
 * Loaded into the built bot with `node --import` by the crash tests: on
 * SIGUSR2 it causes the fault named by CITEBOT_TEST_FAULT, as a bug in the
 * bot would, with the bot token in the error message to prove it is scrubbed.
 * It is never part of the bot itself.
 */
const fault = process.env.CITEBOT_TEST_FAULT;
const token = process.env.DISCORD_TOKEN ?? '';

process.on('SIGUSR2', () => {
  if (fault === 'rejection') {
    Promise.reject(new Error(`simulated rejection; the token was ${token}`));
  } else if (fault === 'exception') {
    setImmediate(() => {
      throw new Error(`simulated crash; the token was ${token}`);
    });
  }
});
