export function check() {}
