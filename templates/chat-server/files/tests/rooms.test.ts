import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

// @starter-replace: (stage rooms-and-broadcast) un-skip these tests when the stage passes
describe('rooms', () => {
// @starter-else
// describe.skip('TODO (stage rooms-and-broadcast): rooms', () => {
// @starter-end
  it('sends the joiner a snapshot and tells the others (join broadcast + presence)', async () => {
    const ada = await server.connect('ada');
    ada.send({ type: 'join', room: 'general' });
    expect(await ada.next('joined')).toEqual({ type: 'joined', room: 'general', users: ['ada'], history: [] });

    const bob = await server.connect('bob');
    bob.send({ type: 'join', room: 'General' }); // room names are case-insensitive
    expect(await bob.next('joined')).toMatchObject({ room: 'general', users: ['ada', 'bob'] });
    expect(await ada.next('user_joined')).toEqual({
      type: 'user_joined',
      room: 'general',
      nickname: 'bob',
      users: ['ada', 'bob'],
    });
  });

  it('broadcasts leaves and disconnects, with the updated presence list', async () => {
    const ada = await server.connect('ada');
    const bob = await server.connect('bob');
    const cy = await server.connect('cy');
    for (const client of [ada, bob, cy]) {
      client.send({ type: 'join', room: 'general' });
      await client.next('joined');
    }

    bob.send({ type: 'leave', room: 'general' });
    expect(await bob.next('left')).toEqual({ type: 'left', room: 'general' });
    expect(await ada.next('user_left')).toEqual({ type: 'user_left', room: 'general', nickname: 'bob', users: ['ada', 'cy'] });

    cy.close();
    expect(await ada.next('user_left', (e) => e.nickname === 'cy')).toMatchObject({ users: ['ada'] });
  });

  it('delivers messages to room members only, the sender included', async () => {
    const ada = await server.connect('ada');
    const bob = await server.connect('bob');
    const eve = await server.connect('eve');
    ada.send({ type: 'join', room: 'general' });
    bob.send({ type: 'join', room: 'general' });
    eve.send({ type: 'join', room: 'random' });
    await Promise.all([ada.next('joined'), bob.next('joined'), eve.next('joined')]);

    ada.send({ type: 'message', room: 'general', text: '  hello  ' });
    const received = await bob.next('message');
    expect(received).toMatchObject({ room: 'general', message: { room: 'general', nickname: 'ada', text: 'hello' } });
    expect(received.message.id).toBeGreaterThan(0);
    expect(await ada.next('message')).toEqual(received);

    await eve.sync();
    expect(eve.unread('message')).toEqual([]);
  });

  it('sends the last 50 messages on join, oldest first', async () => {
    for (let i = 1; i <= 60; i += 1) server.chat.messages.add({ room: 'general', nickname: 'ada', text: `m${i}` });
    server.chat.messages.add({ room: 'other', nickname: 'ada', text: 'elsewhere' });

    const bob = await server.connect('bob');
    bob.send({ type: 'join', room: 'general' });
    const { history } = await bob.next('joined');
    expect(history).toHaveLength(50);
    expect(history[0]?.text).toBe('m11');
    expect(history.at(-1)?.text).toBe('m60');
  });

  it('persists messages sent over the socket', async () => {
    const ada = await server.connect('ada');
    ada.send({ type: 'join', room: 'general' });
    await ada.next('joined');
    ada.send({ type: 'message', room: 'general', text: 'remember me' });
    await ada.next('message');

    const bob = await server.connect('bob');
    bob.send({ type: 'join', room: 'general' });
    expect((await bob.next('joined')).history.map((m) => m.text)).toEqual(['remember me']);
  });

  it('relays typing indicators to the other members, not back to the typist', async () => {
    const ada = await server.connect('ada');
    const bob = await server.connect('bob');
    ada.send({ type: 'join', room: 'general' });
    bob.send({ type: 'join', room: 'general' });
    await Promise.all([ada.next('joined'), bob.next('joined')]);

    ada.send({ type: 'typing', room: 'general', isTyping: true });
    expect(await bob.next('typing')).toEqual({ type: 'typing', room: 'general', nickname: 'ada', isTyping: true });
    await ada.sync();
    expect(ada.unread('typing')).toEqual([]);
  });

  it('refuses messages, typing and leave for rooms you are not in', async () => {
    const ada = await server.connect('ada');
    for (const message of [
      { type: 'message', room: 'general', text: 'hi' },
      { type: 'typing', room: 'general', isTyping: true },
      { type: 'leave', room: 'general' },
    ]) {
      ada.send(message);
      expect(await ada.next('error')).toMatchObject({ code: 'NOT_IN_ROOM', message: 'Join room "general" first' });
    }
  });

  it('treats a second join as a refresh, without a second broadcast', async () => {
    const ada = await server.connect('ada');
    const bob = await server.connect('bob');
    ada.send({ type: 'join', room: 'general' });
    await ada.next('joined');
    bob.send({ type: 'join', room: 'general' });
    bob.send({ type: 'join', room: 'general' });
    await bob.next('joined');
    await bob.next('joined');
    await ada.sync();
    expect(ada.unread('user_joined')).toHaveLength(1);
  });

  it('limits how many rooms one connection may join', async () => {
    const ada = await server.connect('ada');
    for (let i = 1; i <= 5; i += 1) {
      ada.send({ type: 'join', room: `room-${i}` });
      await ada.next('joined');
    }
    ada.send({ type: 'join', room: 'room-6' });
    expect(await ada.next('error')).toMatchObject({ code: 'ROOM_LIMIT' });
  });

  it('shows a user once in presence even with two connections', async () => {
    const tab1 = await server.connect('ada');
    const tab2 = await server.connect('ada');
    tab1.send({ type: 'join', room: 'general' });
    await tab1.next('joined');
    tab2.send({ type: 'join', room: 'general' });
    expect((await tab2.next('joined')).users).toEqual(['ada']);
  });
});
