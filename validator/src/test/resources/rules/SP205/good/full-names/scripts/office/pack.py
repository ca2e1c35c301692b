print('pack')
