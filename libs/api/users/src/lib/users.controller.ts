import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles, UuidParam } from '@ibd/api/core';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './dto/user.dto';
import { toUserView, UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Get(':id')
  async get(@UuidParam() id: string) {
    return toUserView(await this.users.get(id));
  }

  @Post()
  async create(@Body() dto: CreateUserDto) {
    return toUserView(await this.users.create(dto));
  }

  @Patch(':id')
  async update(@UuidParam() id: string, @Body() dto: UpdateUserDto) {
    return toUserView(await this.users.update(id, dto));
  }
}
