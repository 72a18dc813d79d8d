import { describe, expect, it } from 'vitest';
import { siteKey } from '../../../shared/match/siteKey';

describe('page keys on shared hosts', () => {
  it.each([
    ['https://www.facebook.com/banmaeram', 'facebook.com/banmaeram'],
    ['https://m.facebook.com/BanMaeRam/about?ref=page', 'facebook.com/banmaeram'],
    ['facebook.com/banmaeram/', 'facebook.com/banmaeram'],
    ['https://fb.com/banmaeram', 'facebook.com/banmaeram'],
    ['https://www.facebook.com/profile.php?id=100012345', 'facebook.com/profile.php?id=100012345'],
    ['https://www.facebook.com/groups/maeramnetwork/posts/1', 'facebook.com/groups/maeramnetwork'],
    ['https://sites.google.com/view/banmaeram/home', 'sites.google.com/view/banmaeram'],
    ['https://line.me/R/ti/p/@banmaeram', 'line.me/r/ti/p/@banmaeram'],
    ['https://www.youtube.com/@banmaeram/videos', 'youtube.com/@banmaeram'],
    ['https://banmaeram.blogspot.com/2025/06/post.html', 'banmaeram.blogspot.com'],
  ])('names the page of %j as %j', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  it.each([
    ['https://www.facebook.com/'],
    ['https://www.facebook.com/profile.php'],
    ['https://sites.google.com/view/'],
    ['https://www.blogspot.com/'],
    ['https://www.maeram.go.th/contact'],
    ['https://mail.google.com/mail/u/0'],
    ['javascript:alert(1)'],
  ])('finds no page key in %j', (url) => {
    expect(siteKey(url)).toBeUndefined();
  });
});
