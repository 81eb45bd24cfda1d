import type { ChatConnection } from './connection.js';

/** Which connections are in which room. Rooms exist while they have members. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Set<ChatConnection>>();

  add(room: string, connection: ChatConnection): void {
    let members = this.rooms.get(room);
    if (!members) {
      members = new Set();
      this.rooms.set(room, members);
    }
    members.add(connection);
    connection.rooms.add(room);
  }

  remove(room: string, connection: ChatConnection): void {
    const members = this.rooms.get(room);
    members?.delete(connection);
    if (members?.size === 0) this.rooms.delete(room);
    connection.rooms.delete(room);
  }

  members(room: string): ReadonlySet<ChatConnection> {
    return this.rooms.get(room) ?? new Set();
  }

  /** Presence list: the distinct nicknames in a room, sorted (one person may have two tabs). */
  presence(room: string): string[] {
    return [...new Set([...this.members(room)].map((member) => member.nickname))].sort();
  }

  get roomCount(): number {
    return this.rooms.size;
  }
}
